import db from '@adonisjs/lucid/services/db'
import Ticket, { STATUSES, type Status } from '#models/ticket'
import TicketComment from '#models/ticket_comment'
import TicketHistory from '#models/ticket_history'
import { HostNotFound, HostValidationError } from '#platform/errors'
import type { HistoryEntry, HostScope, TicketFilter, TicketsHost } from '#platform/host'
import { ticketSnapshot } from '#platform/snapshots'
import { pluginName } from '#services/plugin_names'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import TicketConversation from '#services/tickets/ticket_conversation'
import { replyValidator, updateTicketValidator } from '#validators/ticket'
import {
  asHostCall,
  assertOwned,
  decodeCursor,
  encodeCursor,
  pageLimit,
  pluginActor,
} from '#services/plugin_host/host_support'

const FIELDS = new Set(['title', 'priority', 'groupId', 'categoryId', 'subcategoryId'])

function historyEntry(entry: TicketHistory): HistoryEntry {
  return {
    id: entry.id,
    field: entry.field,
    from: entry.oldValue,
    to: entry.newValue,
    internal: entry.isInternal,
    actor: entry.actorPlugin
      ? { kind: 'plugin', plugin: entry.actorPlugin, name: pluginName(entry.actorPlugin) }
      : entry.actor
        ? { kind: 'user', id: entry.actor.id, name: entry.actor.name }
        : null,
    createdAt: entry.createdAt.toISO()!,
  }
}

/**
 * Tickets for a plugin: reads scoped to its organization, writes through
 * TicketWorkflow and TicketConversation exactly as a person's, with the
 * plugin as the actor.
 */
export function ticketsHost(scope: HostScope): TicketsHost {
  const context = pluginActor(scope)

  const find = (id: number) =>
    Ticket.query()
      .withScopes((scopes) => scopes.forOrganization(scope.organizationId))
      .where('id', id)
      .first()

  const load = async (id: number) => {
    const ticket = Number.isSafeInteger(id) ? await find(id) : null
    if (!ticket) {
      throw new HostNotFound('ticket', id)
    }
    return ticket
  }

  return {
    async get(id) {
      const ticket = Number.isSafeInteger(id) ? await find(id) : null
      if (!ticket) {
        return null
      }
      const [history, comments] = await Promise.all([
        TicketHistory.query()
          .withScopes((scopes) => scopes.forOrganization(scope.organizationId))
          .where('ticket_id', ticket.id)
          .preload('actor')
          .orderBy('created_at')
          .orderBy('id'),
        TicketComment.query()
          .withScopes((scopes) => scopes.forOrganization(scope.organizationId))
          .where('ticket_id', ticket.id)
          .orderBy('created_at')
          .orderBy('id'),
      ])
      return {
        ticket: ticketSnapshot(ticket),
        history: history.map(historyEntry),
        comments: comments.map((comment) => ({
          id: comment.id,
          body: comment.body,
          internal: comment.isInternal,
          authorId: comment.authorId,
          plugin: comment.authorPlugin,
          createdAt: comment.createdAt.toISO()!,
        })),
      }
    },

    /**
     * Oldest change first, keyed on (updated_at, id): a ticket that changes
     * while a plugin pages through moves to the end and is met again,
     * never skipped.
     */
    async list(filter: TicketFilter = {}) {
      const limit = pageLimit(filter.limit)
      const query = Ticket.query()
        .withScopes((scopes) => scopes.forOrganization(scope.organizationId))
        .select('tickets.*', db.raw('updated_at::text as cursor_at'))
        .orderBy('updated_at')
        .orderBy('id')
        .limit(limit + 1)
      if (filter.status !== undefined) {
        const statuses = [filter.status].flat()
        const unknown = statuses.find((status) => !STATUSES.includes(status))
        if (unknown !== undefined) {
          throw new HostValidationError({ status: `unknown status "${unknown}"` })
        }
        query.whereIn('status', statuses)
      }
      if (filter.groupId !== undefined) {
        query.where('group_id', filter.groupId)
      }
      if (filter.assigneeId === null) {
        query.whereNull('assignee_id')
      } else if (filter.assigneeId !== undefined) {
        query.where('assignee_id', filter.assigneeId)
      }
      if (filter.updatedSince !== undefined) {
        const since = new Date(filter.updatedSince)
        if (Number.isNaN(since.getTime())) {
          throw new HostValidationError({ updatedSince: 'not a date' })
        }
        query.where('updated_at', '>=', since)
      }
      if (filter.cursor) {
        const [at, id] = decodeCursor(filter.cursor, 2)
        query.whereRaw('(updated_at, id) > (?::timestamptz, ?)', [String(at), Number(id)])
      }
      const rows = await query
      const page = rows.slice(0, limit)
      const last = page.at(-1)
      return {
        tickets: page.map(ticketSnapshot),
        nextCursor:
          rows.length > limit && last ? encodeCursor([last.$extras.cursor_at, last.id]) : null,
      }
    },

    async update(id, fields) {
      const unknown = Object.keys(fields).find((key) => !FIELDS.has(key))
      if (unknown) {
        throw new HostValidationError({ [unknown]: 'not a field tickets.update changes' })
      }
      const ticket = await load(id)
      await assertOwned(scope, 'group', fields.groupId)
      await assertOwned(scope, 'category', fields.categoryId)
      await assertOwned(scope, 'subcategory', fields.subcategoryId)
      return asHostCall(async () => {
        const input = await updateTicketValidator.validate(fields)
        await TicketWorkflow.update(ticket, input, context)
        return ticketSnapshot(ticket)
      })
    },

    async assign(id, assigneeId) {
      const ticket = await load(id)
      await assertOwned(scope, 'user', assigneeId)
      return asHostCall(async () => {
        await TicketWorkflow.assign(ticket, assigneeId, context)
        return ticketSnapshot(ticket)
      }, 'assigneeId')
    },

    async changeStatus(id, to: Status) {
      const ticket = await load(id)
      return asHostCall(async () => {
        if (!STATUSES.includes(to)) {
          throw new HostValidationError({ status: `unknown status "${to}"` })
        }
        await TicketWorkflow.changeStatus(ticket, to, context)
        return ticketSnapshot(ticket)
      }, 'status')
    },

    async addNote(id, body) {
      return addComment(id, body, true)
    },

    async reply(id, body) {
      return addComment(id, body, false)
    },
  }

  async function addComment(id: number, body: string, internal: boolean) {
    const ticket = await load(id)
    return asHostCall(async () => {
      const input = await replyValidator.validate({ body })
      const created = await TicketConversation.add(
        ticket,
        null,
        { ...input, internal },
        [],
        context
      )
      return { id: created.id }
    }, 'body')
  }
}
