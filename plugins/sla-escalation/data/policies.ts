import { DateTime } from 'luxon'
import type { PluginDatabase } from '#platform/sdk'
import { all, one } from './rows.js'
import type { PolicyConditions } from '../clock/policy_match.js'
import type { NextResponseMode } from '../clock/sla_clock.js'
import type { LadderStep, Policy } from '../policies/policy.js'

const TABLE = 'sla_escalation_policies'

export type PolicyInput = Omit<Policy, 'id' | 'position'>

type Row = {
  id: number
  name: string
  position: number
  conditions: PolicyConditions
  calendar_id: number
  first_response_minutes: number | null
  next_response_minutes: number | null
  next_response_mode: NextResponseMode
  resolution_minutes: number | null
  ladder: LadderStep[]
}

function fromRow(row: Row): Policy {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    conditions: row.conditions,
    calendarId: row.calendar_id,
    firstResponseMinutes: row.first_response_minutes,
    nextResponseMinutes: row.next_response_minutes,
    nextResponseMode: row.next_response_mode,
    resolutionMinutes: row.resolution_minutes,
    ladder: row.ladder,
  }
}

function columns(input: PolicyInput) {
  return {
    name: input.name,
    conditions: JSON.stringify(input.conditions),
    calendar_id: input.calendarId,
    first_response_minutes: input.firstResponseMinutes,
    next_response_minutes: input.nextResponseMinutes,
    next_response_mode: input.nextResponseMode,
    resolution_minutes: input.resolutionMinutes,
    ladder: JSON.stringify(input.ladder),
  }
}

/** SLA policies in the admin's order: the first that matches a ticket applies. */
export default class Policies {
  constructor(private db: PluginDatabase) {}

  async list(): Promise<Policy[]> {
    const rows = await all<Row>(this.db.from(TABLE).orderBy('position').orderBy('id'))
    return rows.map(fromRow)
  }

  async find(id: number): Promise<Policy | null> {
    const row = await one<Row>(this.db.from(TABLE).where('id', id).first())
    return row ? fromRow(row) : null
  }

  async isNameTaken(name: string, exceptId?: number) {
    const query = this.db.from(TABLE).whereRaw('lower(name) = lower(?)', [name])
    if (exceptId) query.whereNot('id', exceptId)
    return Boolean(await query.first())
  }

  /** New policies go last: they never take tickets from the ones above by surprise. */
  async create(input: PolicyInput): Promise<number> {
    const now = DateTime.now().toJSDate()
    const last = await this.db.from(TABLE).max('position as position').first()
    const [row] = await this.db
      .insert(TABLE, {
        ...columns(input),
        position: Number(last?.position ?? 0) + 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
    return (row as { id: number }).id
  }

  async update(id: number, input: PolicyInput): Promise<boolean> {
    const count = await this.db
      .from(TABLE)
      .where('id', id)
      .update({ ...columns(input), updated_at: DateTime.now().toJSDate() })
    return Number(count) > 0
  }

  async remove(id: number) {
    await this.db.from(TABLE).where('id', id).delete()
  }

  /** Swaps the policy with its neighbour above (-1) or below (+1); false at either end. */
  async move(id: number, direction: -1 | 1): Promise<boolean> {
    return this.db.transaction(async (db) => {
      const rows = await all<Row>(db.from(TABLE).orderBy('position').orderBy('id').forUpdate())
      const index = rows.findIndex((row) => row.id === id)
      const other = rows[index + direction]
      if (index < 0 || !other) return false
      const ordered = [...rows]
      ordered[index] = other
      ordered[index + direction] = rows[index]
      for (const [position, row] of ordered.entries()) {
        if (row.position !== position + 1) {
          await db
            .from(TABLE)
            .where('id', row.id)
            .update({ position: position + 1 })
        }
      }
      return true
    })
  }
}
