import type TicketHistory from '#models/ticket_history'
import { BaseTransformer } from '@adonisjs/core/transformers'
import { pluginName } from '#services/plugin_names'

export default class TicketHistoryTransformer extends BaseTransformer<TicketHistory> {
  toObject() {
    const entry = this.resource
    return {
      ...this.pick(entry, ['id', 'field', 'oldValue', 'newValue', 'isInternal']),
      actor:
        entry.$preloaded.actor && entry.actor
          ? { id: entry.actor.id, name: entry.actor.name, plugin: null }
          : entry.actorPlugin
            ? { id: null, name: pluginName(entry.actorPlugin), plugin: entry.actorPlugin }
            : null,
      /** Set by explainReasons, for staff only. */
      reason: (entry.$extras.reason_text as string | undefined) ?? null,
      createdAt: entry.createdAt.toISO()!,
    }
  }
}
