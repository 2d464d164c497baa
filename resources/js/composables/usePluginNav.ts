import { computed } from 'vue'
import { usePage } from '@inertiajs/vue3'
import type { NavItem } from '~/components/layout/AppShell.vue'

/**
 * Navigation entries for the enabled plugins' pages in an area that the
 * viewer may open (the server decides which: `pluginNav` is shared on
 * every page, so a plugin switched off disappears on the next visit).
 */
export function usePluginNav(area: 'admin' | 'desk' | 'profile') {
  const page = usePage()
  return computed<NavItem[]>(() =>
    (page.props.pluginNav?.[area] ?? []).map((entry) => ({
      label: entry.title,
      route: entry.route,
      icon: 'plug',
      prefix: entry.url,
    }))
  )
}
