import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import PluginCatalog from '#platform/plugin_catalog'

/**
 * Each plugin's own routes, under /plugins/<id>/, for signed-in users (web
 * session or API token) of organizations that enabled the plugin.
 */
for (const plugin of PluginCatalog.ready()) {
  const define = plugin.hooks.routes
  if (!define) continue
  router
    .group(() => define(router))
    .prefix(`/plugins/${plugin.id}`)
    .use([
      middleware.auth({ guards: ['web', 'api'] }),
      middleware.pluginEnabled({ plugin: plugin.id }),
    ])
}
