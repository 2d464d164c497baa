import db from '@adonisjs/lucid/services/db'
import { ModelPaginator } from '@adonisjs/lucid/orm'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Ticket, { STATUSES } from '#models/ticket'

type TicketBuilder = ModelQueryBuilderContract<typeof Ticket, Ticket>

/**
 * How far ticket lists count. Counting is reading: a million closed tickets
 * cost a million index entries to count exactly, and a queue shows what to
 * work on next, not a census. Tests lower these to reach the limits with a
 * handful of tickets.
 *
 * - `list`: per status, before a list says "1,000+". Each status past the
 *   cap reads cap + 1 index entries: at 10,000 an organization with four
 *   large statuses read 40,000 entries per page view (35–50 ms at a
 *   million tickets, docs/benchmarks.md), at 1,000 a tenth of that.
 * - `search`: how many of the newest matches a search ranks and counts.
 *   Ranking reads each match's vector and counting visits each match, so a
 *   common word (tens of thousands of matches at a million tickets) would
 *   cost both for all of them; past this the count says "100+" and further
 *   pages follow by date. An agent's search walks the newest tickets past
 *   those of other groups: at a million tickets, 200 candidates cost an
 *   agent 45 ms for one word, 100 cost 22 ms.
 */
export const countLimits = { list: 1000, search: 100 }

/**
 * Tickets per status, each counted up to `cap`. `capped` names the statuses
 * whose figure is a lower bound (the UI shows "1,000+").
 */
export type StatusCounts = { counts: Record<string, number>; capped: string[] }

/**
 * Counts what `filtered` matches per status in one statement (`statuses`:
 * those it can match at all), each status
 * stopping at cap + 1 rows: every status has its own index range, so the
 * cost is bounded by the cap, not by the size of the organization.
 */
export async function cappedStatusCounts(
  filtered: TicketBuilder,
  statuses: readonly string[] = STATUSES,
  cap = countLimits.list
): Promise<StatusCounts> {
  const parts = statuses.map((status) =>
    filtered
      .clone()
      .clearSelect()
      .clearOrder()
      .where('tickets.status', status)
      .select(db.raw('1'))
      .limit(cap + 1)
      .toSQL()
  )
  const result = await db.rawQuery(
    parts
      .map(
        (part) =>
          `SELECT ?::text AS status, (SELECT count(*) FROM (${part.sql}) AS capped) AS total`
      )
      .join(' UNION ALL '),
    parts.flatMap((part, index) => [statuses[index], ...part.bindings])
  )
  const counts: Record<string, number> = {}
  const capped: string[] = []
  for (const row of result.rows as { status: string; total: string }[]) {
    const total = Number(row.total)
    if (total === 0) continue
    counts[row.status] = Math.min(total, cap)
    if (total > cap) capped.push(row.status)
  }
  return { counts, capped }
}

/** How many tickets `filtered` matches, up to `cap`; `capped` when there are more. */
export async function cappedTotal(filtered: TicketBuilder, cap = countLimits.list) {
  const part = filtered
    .clone()
    .clearSelect()
    .clearOrder()
    .select(db.raw('1'))
    .limit(cap + 1)
    .toSQL()
  const result = await db.rawQuery(
    `SELECT count(*) AS total FROM (${part.sql}) AS capped`,
    part.bindings
  )
  const total = Number(result.rows[0].total)
  return { total: Math.min(total, cap), capped: total > cap }
}

/**
 * A page of tickets whose total may be a lower bound. When it is, the page
 * still offers "next" while it is full, and its metadata says so
 * (`totalCapped`), so the desk can write "Page 3 of 400+".
 */
export class TicketPage extends ModelPaginator {
  /** Array methods (map, filter) build plain arrays, not pages with missing totals. */
  static get [Symbol.species]() {
    return Array
  }

  constructor(
    total: number,
    readonly totalCapped: boolean,
    perPage: number,
    currentPage: number,
    rows: Ticket[]
  ) {
    const reached = (currentPage - 1) * perPage + rows.length + (rows.length === perPage ? 1 : 0)
    super(totalCapped ? Math.max(total, reached) : total, perPage, currentPage, ...rows)
    this.namingStrategy = Ticket.namingStrategy
    this.counted = total
  }

  /** The figure shown is the counted lower bound, not the padding that keeps "next". */
  private readonly counted: number

  getMeta() {
    return { ...super.getMeta(), total: this.counted, totalCapped: this.totalCapped }
  }
}
