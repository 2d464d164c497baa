import { fileURLToPath } from 'node:url'
import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Discovers plugins at boot, in every process (web, worker, commands,
 * tests), before routes are registered so plugin routes can be mounted.
 * A plugin that fails is recorded with its error; boot goes on.
 */
export default class PluginProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    const { pluginRoots } = await import('#config/plugins')
    const { default: PluginCatalog } = await import('#platform/plugin_catalog')
    const logger = await this.app.container.make('logger')
    const plugins = await PluginCatalog.discover(
      pluginRoots,
      fileURLToPath(this.app.appRoot),
      logger
    )
    if (this.app.inTest) {
      const { keepTestPluginsOutOfRouteTypes } = await import('#platform/test_route_types')
      keepTestPluginsOutOfRouteTypes(
        await this.app.container.make('router'),
        plugins,
        fileURLToPath(this.app.appRoot)
      )
    }
    // Built-ins are parts of the core written as plugins; registered here, never imported by app/platform.
    const { default: notifications } = await import('#services/notifications/ticket_notifications')
    PluginCatalog.registerBuiltin(notifications)
    const { default: hostMail } = await import('#services/plugin_host/host_mail_subscriber')
    PluginCatalog.registerBuiltin(hostMail)
    const { default: reports } = await import('#services/reports/report_subscriber')
    PluginCatalog.registerBuiltin(reports)
    // The host API's implementation is handed to the platform here, so app/platform never imports services.
    const { installHost } = await import('#platform/host')
    const { createHost } = await import('#services/plugin_host/create_host')
    const { pluginDatabase } = await import('#services/plugin_host/plugin_database')
    installHost(createHost, pluginDatabase)
  }

  /** Handlers still running when the process ends are signalled to stop. */
  async shutdown() {
    const { stopAllWork } = await import('#platform/stopping')
    stopAllWork()
  }
}
