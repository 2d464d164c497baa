import type { PageArea, RouteRole } from '#platform/define_plugin'
import Installations from '#platform/installations'
import { webPath, webRouteName } from '#platform/plugin_http'
import type { Role } from '#models/user'

/** Which user roles a plugin route's role lets in. */
export const ROUTE_ROLES: Record<RouteRole, Role[]> = {
  admin: ['admin'],
  agent: ['agent', 'admin'],
  user: ['customer', 'agent', 'admin'],
}

export type PluginNavEntry = { plugin: string; route: string; title: string; url: string }
export type PluginNavigation = Record<PageArea, PluginNavEntry[]>

/**
 * The plugin pages a user sees in each area's navigation (admin, desk) and
 * as profile tabs: pages of plugins their organization enabled, that their
 * role may open, listed (`nav` not false) and without path parameters.
 * Read through the installations snapshot, so a switch shows within its
 * freshness bound.
 */
export async function pluginNavigation(user: {
  organizationId: number
  role: Role
}): Promise<PluginNavigation> {
  const navigation: PluginNavigation = { admin: [], desk: [], profile: [] }
  const active = await Installations.active(user.organizationId)
  for (const { plugin } of active.values()) {
    for (const page of plugin.hooks.pages) {
      if (!page.nav || page.path.includes(':')) continue
      if (!ROUTE_ROLES[page.role].includes(user.role)) continue
      navigation[page.area].push({
        plugin: plugin.id,
        route: webRouteName(plugin.id, page.name),
        title: page.title,
        url: webPath(plugin.id, page.path),
      })
    }
  }
  return navigation
}
