import { DateTime } from 'luxon'
import type { PluginDatabase, Status } from '#platform/sdk'
import type { TargetClock } from '../clock/sla_clock.js'
import type { ClockEvaluation } from '../tracking/policy_set.js'
import type { ClockFacts, StoredTimeline } from '../tracking/stored_timeline.js'
import { all, one } from './rows.js'

const TABLE = 'sla_escalation_clocks'
const FIRED = 'sla_escalation_fired_steps'

export type ClockRow = {
  id: number
  ticket_id: number
  ticket_created_at: Date
  status: Status
  priority: string
  group_id: number | null
  category_id: number | null
  timeline: StoredTimeline
  version: number
  policy_id: number | null
  paused: boolean
  first_response_due_at: Date | null
  first_response_met_at: Date | null
  next_response_started_at: Date | null
  next_response_due_at: Date | null
  next_response_met_at: Date | null
  resolution_due_at: Date | null
  resolution_met_at: Date | null
  /** As of computed_at: final once the target is met. */
  first_response_business_minutes: number | null
  first_response_diff_minutes: number | null
  next_response_business_minutes: number | null
  next_response_diff_minutes: number | null
  resolution_business_minutes: number | null
  resolution_diff_minutes: number | null
  escalation_at: Date | null
  next_step_at: Date | null
  computed_at: Date
}

const date = (at: DateTime | null | undefined) => (at ? at.toJSDate() : null)

export function factsOfRow(row: ClockRow): ClockFacts {
  return {
    ticketId: Number(row.ticket_id),
    createdAt: DateTime.fromJSDate(row.ticket_created_at),
    status: row.status,
    priority: row.priority,
    groupId: row.group_id,
    categoryId: row.category_id,
    timeline: row.timeline,
    version: row.version,
  }
}

/** The columns a computation writes: the facts it started from and what came out. */
export function clockColumns(
  facts: ClockFacts,
  evaluation: ClockEvaluation,
  nextStepAt: DateTime | null
) {
  const target = (clock: TargetClock | null) => ({
    due: date(clock?.dueAt),
    met: date(clock?.metAt),
    minutes: clock?.businessMinutes ?? null,
    diff: clock?.diffMinutes ?? null,
  })
  const first = target(evaluation.firstResponse)
  const next = target(evaluation.nextResponse)
  const resolution = target(evaluation.resolution)
  return {
    ticket_id: facts.ticketId,
    ticket_created_at: facts.createdAt.toJSDate(),
    status: facts.status,
    priority: facts.priority,
    group_id: facts.groupId,
    category_id: facts.categoryId,
    timeline: JSON.stringify(facts.timeline),
    version: facts.version,
    policy_id: evaluation.policy?.id ?? null,
    paused: evaluation.paused,
    first_response_due_at: first.due,
    first_response_met_at: first.met,
    next_response_started_at: date(evaluation.nextResponse?.startedAt),
    next_response_due_at: next.due,
    next_response_met_at: next.met,
    resolution_due_at: resolution.due,
    resolution_met_at: resolution.met,
    first_response_business_minutes: first.minutes,
    first_response_diff_minutes: first.diff,
    next_response_business_minutes: next.minutes,
    next_response_diff_minutes: next.diff,
    resolution_business_minutes: resolution.minutes,
    resolution_diff_minutes: resolution.diff,
    escalation_at: date(evaluation.escalationAt),
    next_step_at: date(nextStepAt),
    computed_at: DateTime.now().toJSDate(),
  }
}

export type ClockColumns = ReturnType<typeof clockColumns>

/** Per-ticket SLA state and the ladder steps that fired. */
export default class Clocks {
  constructor(private db: PluginDatabase) {}

  find(ticketId: number, options: { lock?: boolean } = {}) {
    const query = this.db.from(TABLE).where('ticket_id', ticketId)
    if (options.lock) query.forUpdate()
    return one<ClockRow>(query.first())
  }

  findMany(ticketIds: number[]) {
    if (ticketIds.length === 0) return Promise.resolve([])
    return all<ClockRow>(this.db.from(TABLE).whereIn('ticket_id', ticketIds))
  }

  /** Rows whose next ladder step is due, earliest first (the partial index's order). */
  due(now: DateTime, limit: number) {
    return all<ClockRow>(
      this.db
        .from(TABLE)
        .where('next_step_at', '<=', now.toJSDate())
        .orderBy('next_step_at')
        .limit(limit)
    )
  }

  /**
   * Rows after `afterId`, by id: the recompute's batches, locked so an
   * event's refresh of the same ticket waits instead of being overwritten.
   */
  batch(afterId: number, limit: number) {
    return all<ClockRow>(
      this.db.from(TABLE).where('id', '>', afterId).orderBy('id').limit(limit).forUpdate()
    )
  }

  async firedKeys(ticketIds: number[]): Promise<Map<number, Set<string>>> {
    const keys = new Map<number, Set<string>>()
    if (ticketIds.length === 0) return keys
    const rows = await all<{ ticket_id: number; step_key: string }>(
      this.db.from(FIRED).whereIn('ticket_id', ticketIds).select('ticket_id', 'step_key')
    )
    for (const row of rows) {
      const id = Number(row.ticket_id)
      if (!keys.has(id)) keys.set(id, new Set())
      keys.get(id)!.add(row.step_key)
    }
    return keys
  }

  /**
   * Records that a step fired; false when it already had (another worker,
   * an earlier run). The unique key makes this the one gate of "at most once".
   */
  async claimStep(ticketId: number, key: string, target: string, kind: string) {
    const rows = await this.db
      .insert(FIRED, {
        ticket_id: ticketId,
        step_key: key,
        target,
        kind,
        fired_at: DateTime.now().toJSDate(),
      })
      .onConflict(['organization_id', 'ticket_id', 'step_key'])
      .ignore()
      .returning('id')
    return rows.length > 0
  }

  /** Writes many computed rows in one statement (an upsert keyed on the ticket). */
  async saveMany(rows: ClockColumns[]) {
    if (rows.length === 0) return
    await this.db
      .insert(TABLE, rows)
      .onConflict(['organization_id', 'ticket_id'])
      .merge(Object.keys(rows[0]).filter((column) => column !== 'ticket_id'))
  }

  /**
   * Saves one ticket's row unless a newer one (computed from more of the
   * ticket's records) is already stored: events and the sweep may finish in
   * any order, and a clock must never go back in time.
   */
  async saveUnlessNewer(row: ClockColumns) {
    await this.db.transaction(async (db) => {
      const clocks = new Clocks(db)
      const stored = await clocks.find(row.ticket_id, { lock: true })
      if (stored && stored.version > row.version) return
      await clocks.saveMany([row])
    })
  }

  remove(ticketId: number) {
    return this.db.from(TABLE).where('ticket_id', ticketId).delete()
  }
}
