import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import PluginCatalog from '#platform/plugin_catalog'
import type { RouteRole } from '#platform/define_plugin'
import { ROUTE_ROLES } from '#platform/plugin_navigation'
import {
  actionHandler,
  apiHandler,
  apiPath,
  apiRouteName,
  pageHandler,
  webPath,
  webRouteName,
} from '#platform/plugin_http'

/**
 * Each plugin's pages and form actions under /plugins/<id>/ (web session)
 * and its JSON routes under /api/v1/plugins/<id>/ (bearer token, the API's
 * throttle and error shape), all named `plugins.<id>.…`. A route answers
 * 404 to organizations that did not enable the plugin, then checks the
 * route's role.
 */
for (const plugin of PluginCatalog.ready()) {
  const enabled = middleware.pluginEnabled({ plugin: plugin.id })
  const role = (name: RouteRole) => middleware.role({ roles: ROUTE_ROLES[name] })

  for (const page of plugin.hooks.pages) {
    router
      .get(webPath(plugin.id, page.path), pageHandler(plugin, page))
      .as(webRouteName(plugin.id, page.name))
      .use([middleware.auth(), enabled, role(page.role)])
  }
  for (const action of plugin.hooks.actions) {
    router[action.method](webPath(plugin.id, action.path), actionHandler(plugin, action))
      .as(webRouteName(plugin.id, action.name))
      .use([middleware.auth(), enabled, role(action.role)])
  }
  for (const route of plugin.hooks.apis) {
    router[route.method](apiPath(plugin.id, route.path), apiHandler(plugin, route))
      .as(apiRouteName(plugin.id, route.name))
      .use([
        middleware.auth({ guards: ['api'] }),
        enabled,
        role(route.role),
        middleware.apiThrottle({ family: route.method === 'get' ? 'read' : 'write' }),
      ])
  }
}
