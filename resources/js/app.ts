import '../css/app.css'
import { createApp, h, type DefineComponent } from 'vue'
import { createInertiaApp } from '@inertiajs/vue3'
import { TuyauProvider } from '@adonisjs/inertia/vue'
import { client } from '~/client'
import AuthLayout from '~/layouts/AuthLayout.vue'
import PortalLayout from '~/layouts/PortalLayout.vue'
import DeskLayout from '~/layouts/DeskLayout.vue'
import AdminLayout from '~/layouts/AdminLayout.vue'
import AccountLayout from '~/layouts/AccountLayout.vue'
import FlashToasts from '~/components/layout/FlashToasts.vue'

/**
 * Each area has its own layout, chosen from the page's folder, so pages
 * never repeat it and navigation state survives page changes.
 */
function layoutFor(name: string) {
  const area = name.split('/')[0]
  switch (area) {
    case 'portal':
      return PortalLayout
    case 'desk':
      return DeskLayout
    case 'admin':
      return AdminLayout
    case 'profile':
      return AccountLayout
    default:
      return AuthLayout
  }
}

const pages = import.meta.glob<DefineComponent>('./pages/**/*.vue')

createInertiaApp({
  title: (title) => (title ? `${title} · Switchboard` : 'Switchboard'),
  resolve: async (name) => {
    const importer = pages[`./pages/${name}.vue`]
    if (!importer) {
      throw new Error(`Page not found: ${name}`)
    }
    const module = (await importer()) as unknown as {
      default: DefineComponent & { layout?: unknown }
    }
    module.default.layout ??= layoutFor(name)
    return module.default
  },
  setup({ el, App, props, plugin }) {
    createApp(() =>
      h(TuyauProvider, { client }, { default: () => [h(App, props), h(FlashToasts)] })
    )
      .use(plugin)
      .mount(el)
  },
  progress: { color: '#6366f1' },
})
