import type { Host, HostScope } from '#platform/host'
import { pluginEvents } from '#services/plugin_host/plugin_events'

function notYet(name: string): never {
  throw new Error(`host.${name} is not implemented yet`)
}

/**
 * The host API's implementation, one object per handler call, scoped to
 * `scope.organizationId` and acting as `scope.pluginId`.
 */
export function createHost(scope: HostScope): Host {
  return {
    tickets: {
      get: () => notYet('tickets.get'),
      list: () => notYet('tickets.list'),
      update: () => notYet('tickets.update'),
      assign: () => notYet('tickets.assign'),
      changeStatus: () => notYet('tickets.changeStatus'),
      addNote: () => notYet('tickets.addNote'),
      reply: () => notYet('tickets.reply'),
    },
    users: {
      find: () => notYet('users.find'),
      listBySource: () => notYet('users.listBySource'),
      create: () => notYet('users.create'),
      update: () => notYet('users.update'),
      deactivate: () => notYet('users.deactivate'),
      reactivate: () => notYet('users.reactivate'),
      setRole: () => notYet('users.setRole'),
      setGroups: () => notYet('users.setGroups'),
    },
    taxonomy: { tree: () => notYet('taxonomy.tree') },
    mail: { send: () => notYet('mail.send') },
    store: {
      get: () => notYet('store.get'),
      set: () => notYet('store.set'),
      delete: () => notYet('store.delete'),
      list: () => notYet('store.list'),
    },
    db: {
      from: () => notYet('db.from'),
      insert: () => notYet('db.insert'),
      transaction: () => notYet('db.transaction'),
    },
    http: { fetch: () => notYet('http.fetch') },
    events: pluginEvents(scope),
  }
}
