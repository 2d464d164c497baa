import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Ticket from '#models/ticket'
import Outbox, { type OutboxEntry } from '#platform/outbox'
import { actorSnapshot, ticketSnapshot } from '#platform/snapshots'
import { renderMarkdown } from '#services/tickets/markdown'
import type ImportTaxonomy from '#services/imports/import_taxonomy'
import type ImportPeople from '#services/imports/import_people'
import type { TicketRow } from '#services/imports/ticket_rows'
import type { BatchOutcome, ImportRunContext } from '#services/imports/import_batch'
import { msg } from '#i18n/message'

type Ready = {
  row: TicketRow
  placement: { groupId: number; categoryId: number | null; subcategoryId: number | null }
  assigneeId: number | null
}

/**
 * Writes a batch of ticket rows: each row's names are looked up (and in a
 * dry run only counted), then one transaction claims the rows' keys,
 * creates what was missing, and inserts the tickets, their timeline, their
 * replies and notes and one `ticket.imported` event each. A key another
 * run claimed first is skipped, so nothing is imported twice.
 */
export default class TicketImportWriter {
  constructor(
    private context: ImportRunContext,
    private taxonomy: ImportTaxonomy,
    private people: ImportPeople
  ) {}

  async write(rows: TicketRow[]): Promise<BatchOutcome> {
    const fresh = await this.context.notImportedYet(rows)
    const skipped = rows.length - fresh.length
    await this.people.lookUp(fresh.map((row) => row.requesterEmail))
    const ready: Ready[] = []
    for (const row of fresh) {
      const placement = this.taxonomy.placement(row, this.context.defaultGroupId)
      if ('refused' in placement) {
        row.source.refuse(placement.column, placement.refused)
        continue
      }
      const assigneeId = row.assigneeEmail ? this.people.agentId(row.assigneeEmail) : null
      if (row.assigneeEmail && assigneeId === null) {
        row.source.refuse(
          'assignee_email',
          msg('"{email}" is not an agent of this organization.', { email: row.assigneeEmail })
        )
        continue
      }
      const requester = this.people.requester(row.requesterEmail, row.requesterName)
      if (requester !== true) {
        row.source.refuse('requester_email', requester)
        continue
      }
      ready.push({ row, placement, assigneeId })
    }
    if (this.context.dryRun || ready.length === 0) {
      return { created: ready.length, skipped }
    }
    const created = await db.transaction(async (trx) => {
      const claimed = await this.context.claim(
        trx,
        ready.map((item) => item.row.key)
      )
      const mine = ready.filter((item) => claimed.has(item.row.key))
      if (mine.length === 0) return { count: 0, after: () => {} }
      const { real, map } = await this.taxonomy.createPending(
        trx,
        mine.map((item) => item.placement)
      )
      const requesterIds = await this.people.createPending(trx)
      const tickets = await this.insertTickets(trx, mine, map, requesterIds)
      await this.insertTimeline(trx, mine, tickets)
      await this.context.recordIds(
        trx,
        mine.map((item, index) => ({ key: item.row.key, id: tickets[index].id }))
      )
      await Outbox.recordAll(
        trx,
        this.context.organizationId,
        tickets.map((ticket): OutboxEntry => ({
          name: 'ticket.imported',
          payload: {
            ticket: ticketSnapshot(ticket),
            actor: actorSnapshot(this.context.actor),
            import: { id: this.context.importId, fileName: this.context.fileName },
          },
        }))
      )
      return { count: mine.length, after: () => this.taxonomy.confirm(real) }
    })
    created.after()
    this.people.confirm()
    return { created: created.count, skipped: skipped + ready.length - created.count }
  }

  /**
   * All the batch's tickets in one statement: the rows travel as one JSON
   * parameter, and numbers are taken from the organization's sequence in
   * file order.
   */
  private async insertTickets(
    trx: TransactionClientContract,
    items: Ready[],
    map: (placement: Ready['placement']) => Ready['placement'],
    requesterIds: Map<string, number>
  ) {
    const now = new Date()
    const rows = items.map(({ row, placement, assigneeId }, index) => {
      const created = row.createdAt ?? now
      const resolved =
        row.resolvedAt ??
        (row.status === 'resolved' || row.status === 'closed' ? (row.closedAt ?? created) : null)
      const closed = row.closedAt ?? (row.status === 'closed' ? (resolved ?? created) : null)
      const last = [created, resolved, closed]
        .filter(Boolean)
        .sort((a, b) => b!.getTime() - a!.getTime())[0]!
      return {
        ord: index,
        title: row.title,
        description: row.description,
        description_html: renderMarkdown(row.description),
        priority: row.priority,
        status: row.status,
        requester_id: this.people.requesterId(row.requesterEmail, requesterIds),
        assignee_id: assigneeId,
        ...mapPlacement(map(placement)),
        created_at: created.toISOString(),
        updated_at: last.toISOString(),
        resolved_at: resolved?.toISOString() ?? null,
        closed_at: closed?.toISOString() ?? null,
      }
    })
    const columns = Ticket.$columnsDefinitions
    const returning = [...columns.values()].map((column) => `"${column.columnName}"`).join(', ')
    const result = await trx.rawQuery(
      `WITH rows AS (
         SELECT * FROM jsonb_to_recordset(?::jsonb) AS r(
           ord int, title text, description text, description_html text, priority text, status text,
           requester_id int, assignee_id int, group_id int, category_id int, subcategory_id int,
           created_at timestamptz, updated_at timestamptz, resolved_at timestamptz, closed_at timestamptz)
       ), numbered AS (
         SELECT rows.*, nextval(ticket_number_sequence(?))::integer AS number FROM rows ORDER BY ord
       )
       INSERT INTO tickets (organization_id, title, description, description_html, priority, status, source,
         requester_id, assignee_id, group_id, category_id, subcategory_id, created_at, updated_at,
         resolved_at, closed_at, number, reference)
       SELECT ?, n.title, n.description, n.description_html, n.priority, n.status, 'import', n.requester_id,
         n.assignee_id, n.group_id, n.category_id, n.subcategory_id, n.created_at, n.updated_at, n.resolved_at,
         n.closed_at, n.number, organizations.ticket_prefix || '-' || n.number
         FROM numbered AS n JOIN organizations ON organizations.id = ?
       RETURNING ${returning}`,
      [
        JSON.stringify(rows),
        this.context.organizationId,
        this.context.organizationId,
        this.context.organizationId,
      ]
    )
    // Numbers were taken in file order: sorting by them gives the batch's order back.
    return (result.rows as { number: number }[])
      .sort((a, b) => a.number - b.number)
      .map((row) => Ticket.$createFromAdapterResult(row, undefined, { client: trx })!)
  }

  /**
   * The timeline says when the ticket was opened (its original time) and
   * that it was imported from this file (now); replies and notes follow
   * the opening, a second apart, in column order.
   */
  private async insertTimeline(trx: TransactionClientContract, items: Ready[], tickets: Ticket[]) {
    const organizationId = this.context.organizationId
    const actorId = this.context.actor.id
    const now = new Date()
    const history: Record<string, unknown>[] = []
    const comments: Record<string, unknown>[] = []
    items.forEach(({ row, assigneeId }, index) => {
      const ticket = tickets[index]
      const opened = ticket.createdAt.toJSDate()
      const entry = (field: string, value: string, at: Date, actor: number | null) => ({
        organization_id: organizationId,
        ticket_id: ticket.id,
        actor_id: actor,
        field,
        new_value: value,
        is_internal: false,
        created_at: at,
      })
      history.push(entry('created', ticket.reference, opened, ticket.requesterId))
      history.push(entry('imported', this.context.fileName, now, actorId))
      const texts = [
        ...row.replies.map((body) => ({ body, internal: false })),
        ...row.notes.map((body) => ({ body, internal: true })),
      ]
      texts.forEach(({ body, internal }, position) => {
        const at = new Date(opened.getTime() + (position + 1) * 1000)
        comments.push({
          organization_id: organizationId,
          ticket_id: ticket.id,
          author_id: assigneeId ?? actorId,
          body,
          body_html: renderMarkdown(body),
          is_internal: internal,
          created_at: at,
          updated_at: at,
        })
      })
    })
    await trx.table('ticket_history').multiInsert(history)
    if (comments.length) {
      await trx.table('ticket_comments').multiInsert(comments)
    }
  }
}

function mapPlacement(placement: Ready['placement']) {
  return {
    group_id: placement.groupId,
    category_id: placement.categoryId,
    subcategory_id: placement.subcategoryId,
  }
}
