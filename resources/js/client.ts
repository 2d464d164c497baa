import { registry } from '@generated/registry'
import { createTuyau } from '@tuyau/core/client'

/**
 * Plugin routes the server loaded (start/view.ts), added to the generated
 * registry: a plugin installed after the registry was generated (and the
 * test suite's fixture plugins) can still be linked to by name.
 */
function pluginRoutes(): Record<string, unknown> {
  const element = globalThis.document?.getElementById('plugin-routes')
  try {
    return element?.textContent ? JSON.parse(element.textContent) : {}
  } catch {
    return {}
  }
}

/** Typed URL builder over the server's named routes. */
export const client = createTuyau({
  baseUrl: '/',
  registry: {
    ...registry,
    routes: { ...pluginRoutes(), ...registry.routes } as typeof registry.routes,
  },
})

export const urlFor = client.urlFor
