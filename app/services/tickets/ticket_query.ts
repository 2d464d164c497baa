import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Ticket from '#models/ticket'
import type User from '#models/user'
import { ACTIVE_STATUSES } from '#services/tickets/ticket_lifecycle'
import type { ticketFiltersValidator } from '#validators/ticket'

export type TicketFilters = Infer<typeof ticketFiltersValidator>
type TicketBuilder = ModelQueryBuilderContract<typeof Ticket, Ticket>

/** The text-search configuration used by the triggers that build the vectors. */
const CONFIG = 'english'
/** Snippet highlight markers: control characters no user text contains after escaping. */
const MARK_START = '\u0002'
const MARK_END = '\u0003'
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "`

const PRIORITY_ORDER = `CASE tickets.priority WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END`

/** "SB-1042", "#1042" or "1042": a lookup by ticket number. */
function numberIn(q: string) {
  const match = q.trim().match(/^(?:[A-Za-z][A-Za-z0-9]{0,9}-|#)?(\d{1,9})$/)
  return match ? Number(match[1]) : null
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Escapes a headline, then turns the markers into <mark>: user text can never inject markup. */
function highlight(headline: string) {
  return escapeHtml(headline).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>')
}

/**
 * Which tickets a user may see, and the lists built on that: queues,
 * filters, full-text search, counts, export. Every ticket read in the
 * product starts from `visibleTo` (or `requestedBy` for the portal), so
 * nothing crosses organizations or roles.
 *
 * - customers: the tickets they requested;
 * - agents: those they requested, are assigned to, or that belong to one of their groups;
 * - admins: every ticket of their organization.
 */
export default class TicketQuery {
  static visibleTo(user: User, query: TicketBuilder = Ticket.query()) {
    query.where('tickets.organization_id', user.organizationId)
    if (user.role === 'customer') {
      query.where('tickets.requester_id', user.id)
    } else if (user.role === 'agent') {
      query.where((mine) =>
        mine
          .where('tickets.requester_id', user.id)
          .orWhere('tickets.assignee_id', user.id)
          .orWhereIn(
            'tickets.group_id',
            db.from('group_members').where('user_id', user.id).select('group_id')
          )
      )
    }
    return query
  }

  /** The portal's "my tickets": only what the user requested, whatever their role. */
  static requestedBy(user: User) {
    return Ticket.query()
      .where('tickets.organization_id', user.organizationId)
      .where('tickets.requester_id', user.id)
  }

  /** One ticket by id if the user may see it, else null (callers answer 404). */
  static find(user: User, id: number) {
    return this.visibleTo(user).where('tickets.id', id).first()
  }

  static applyFilters(query: TicketBuilder, user: User, filters: TicketFilters) {
    this.applyQueue(query, user, filters.queue)
    if (filters.status?.length) {
      query.whereIn('tickets.status', filters.status)
    }
    if (filters.priority?.length) {
      query.whereIn('tickets.priority', filters.priority)
    }
    if (filters.groupId) {
      query.where('tickets.group_id', filters.groupId)
    }
    if (filters.categoryId) {
      query.where('tickets.category_id', filters.categoryId)
    }
    if (filters.assigneeId === 'none') {
      query.whereNull('tickets.assignee_id')
    } else if (filters.assigneeId) {
      query.where('tickets.assignee_id', Number(filters.assigneeId))
    }
    if (filters.requesterId) {
      query.where('tickets.requester_id', filters.requesterId)
    }
    if (filters.createdFrom) {
      query.where('tickets.created_at', '>=', filters.createdFrom)
    }
    if (filters.createdTo) {
      const end = new Date(filters.createdTo)
      end.setUTCDate(end.getUTCDate() + 1)
      query.where('tickets.created_at', '<', end)
    }
    if (filters.q) {
      this.applySearch(query, user, filters.q)
    }
    return query
  }

  static applySort(query: TicketBuilder, filters: TicketFilters) {
    const sort = filters.sort ?? (filters.q ? 'relevance' : 'newest')
    switch (sort) {
      case 'relevance':
        if (filters.q) {
          query.orderByRaw(
            `ts_rank_cd(coalesce(tickets.search_vector, ''::tsvector), websearch_to_tsquery('${CONFIG}', ?)) DESC`,
            [filters.q]
          )
        }
        break
      case 'oldest':
        return query.orderBy('tickets.created_at', 'asc').orderBy('tickets.id', 'asc')
      case 'updated':
        return query.orderBy('tickets.updated_at', 'desc').orderBy('tickets.id', 'desc')
      case 'priority':
        query.orderByRaw(PRIORITY_ORDER)
        break
    }
    return query.orderBy('tickets.created_at', 'desc').orderBy('tickets.id', 'desc')
  }

  /** A page of tickets with their people and classification, plus search snippets. */
  static async page(base: TicketBuilder, user: User, filters: TicketFilters) {
    this.applySort(this.applyFilters(base, user, filters), filters)
    const page = await base
      .preload('requester')
      .preload('assignee')
      .preload('group')
      .preload('category')
      .preload('subcategory')
      .paginate(filters.page ?? 1, filters.perPage ?? 25)
    const snippets = filters.q
      ? await this.snippets(page.all(), user, filters.q)
      : new Map<number, string>()
    return { page, snippets }
  }

  /** Tickets per status for the same filters, as counts beside the status filter. */
  static async statusCounts(base: TicketBuilder, user: User, filters: TicketFilters) {
    const rows = await this.applyFilters(base, user, { ...filters, status: undefined })
      .clearSelect()
      .select('tickets.status')
      .count('* as total')
      .groupBy('tickets.status')
      .pojo<{ status: string; total: number }>()
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.total)]))
  }

  /**
   * Highlighted snippets for the rows of one page: from title and
   * description, or from the first matching reply when the match is there.
   * Internal notes only feed snippets for staff.
   */
  private static async snippets(tickets: Ticket[], user: User, q: string) {
    if (tickets.length === 0) {
      return new Map<number, string>()
    }
    const result = await db.rawQuery(
      `SELECT t.id,
              ts_headline('${CONFIG}', t.title || E'\\n' || t.description, query, ?) AS main,
              (SELECT ts_headline('${CONFIG}', c.body, query, ?)
                 FROM ticket_comments c
                WHERE c.ticket_id = t.id
                  AND (NOT c.is_internal OR ?::boolean)
                  AND to_tsvector('${CONFIG}', c.body) @@ query
                ORDER BY c.created_at
                LIMIT 1) AS reply
         FROM tickets t, websearch_to_tsquery('${CONFIG}', ?) AS query
        WHERE t.id = ANY(?)`,
      [HEADLINE, HEADLINE, user.isStaff, q, tickets.map((ticket) => ticket.id)]
    )
    const snippets = new Map<number, string>()
    for (const row of result.rows as { id: number; main: string; reply: string | null }[]) {
      const source = row.main.includes(MARK_START) || !row.reply ? row.main : row.reply
      snippets.set(Number(row.id), highlight(source))
    }
    return snippets
  }

  private static applyQueue(query: TicketBuilder, user: User, queue: TicketFilters['queue']) {
    switch (queue) {
      case 'unassigned':
        query.whereNull('tickets.assignee_id').whereIn('tickets.status', [...ACTIVE_STATUSES])
        break
      case 'mine':
        query.where('tickets.assignee_id', user.id).whereNot('tickets.status', 'closed')
        break
      case 'groups':
        query
          .whereIn(
            'tickets.group_id',
            db.from('group_members').where('user_id', user.id).select('group_id')
          )
          .whereNot('tickets.status', 'closed')
        break
      case 'urgent':
        query
          .whereIn('tickets.priority', ['high', 'critical'])
          .whereIn('tickets.status', [...ACTIVE_STATUSES])
        break
    }
  }

  /**
   * Full-text search over title, description and public replies; staff
   * also match internal notes. A ticket number matches its ticket.
   */
  private static applySearch(query: TicketBuilder, user: User, q: string) {
    const number = numberIn(q)
    query.where((search) => {
      search.whereRaw(`tickets.search_vector @@ websearch_to_tsquery('${CONFIG}', ?)`, [q])
      if (user.isStaff) {
        search.orWhereRaw(
          `tickets.internal_search_vector @@ websearch_to_tsquery('${CONFIG}', ?)`,
          [q]
        )
      }
      if (number !== null) {
        search.orWhere('tickets.number', number)
      }
    })
  }
}
