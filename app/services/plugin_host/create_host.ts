import type { Host, HostScope } from '#platform/host'
import { pluginEvents } from '#services/plugin_host/plugin_events'
import { ticketsHost } from '#services/plugin_host/tickets_host'
import { usersHost } from '#services/plugin_host/users_host'
import { taxonomyHost } from '#services/plugin_host/taxonomy_host'
import { mailHost } from '#services/plugin_host/mail_host'
import { pluginStore } from '#services/plugin_host/plugin_store'
import { pluginDatabase } from '#services/plugin_host/plugin_database'
import { outboundHttp } from '#services/plugin_host/outbound_http'

/**
 * The host API's implementation, one object per handler call, scoped to
 * `scope.organizationId` and acting as `scope.pluginId`.
 */
export function createHost(scope: HostScope): Host {
  return {
    tickets: ticketsHost(scope),
    users: usersHost(scope),
    taxonomy: taxonomyHost(scope),
    mail: mailHost(scope),
    store: pluginStore(scope),
    db: pluginDatabase(scope),
    http: outboundHttp(scope),
    events: pluginEvents(scope),
  }
}
