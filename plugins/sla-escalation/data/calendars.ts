import { DateTime } from 'luxon'
import type { PluginDatabase } from '#platform/sdk'
import { all, one } from './rows.js'
import type { Holiday, Shift, Weekday } from '../clock/business_calendar.js'
import { alwaysOpenHours, type Calendar } from '../policies/policy.js'

const TABLE = 'sla_escalation_calendars'

export type CalendarInput = {
  name: string
  timezone: string
  hours: Record<Weekday, Shift[]>
  holidays: Holiday[]
}

type Row = {
  id: number
  name: string
  timezone: string
  hours: Record<Weekday, Shift[]>
  holidays: Holiday[]
  is_default: boolean
}

function fromRow(row: Row): Calendar {
  return {
    id: row.id,
    name: row.name,
    timezone: row.timezone,
    hours: row.hours,
    holidays: row.holidays,
    isDefault: row.is_default,
  }
}

/** jsonb columns take JSON text: a JS array would be sent as a PostgreSQL array. */
function columns(input: CalendarInput) {
  return {
    name: input.name,
    timezone: input.timezone,
    hours: JSON.stringify(input.hours),
    holidays: JSON.stringify(input.holidays),
  }
}

export const DEFAULT_CALENDAR_NAME = '24/7'

/** The organization's business-hours calendars; the 24/7 one always exists. */
export default class Calendars {
  constructor(private db: PluginDatabase) {}

  /** For the admin's pickers and lists: the 24/7 calendar is always among them. */
  async list(): Promise<Calendar[]> {
    await this.ensureDefault()
    return this.stored()
  }

  /**
   * The calendars as stored, without creating the default: what clock
   * computations read on every ticket event, where policies only name
   * calendars that exist.
   */
  async stored(): Promise<Calendar[]> {
    const rows = await all<Row>(this.db.from(TABLE).orderBy('is_default', 'desc').orderBy('name'))
    return rows.map(fromRow)
  }

  async find(id: number): Promise<Calendar | null> {
    const row = await one<Row>(this.db.from(TABLE).where('id', id).first())
    return row ? fromRow(row) : null
  }

  /** Created on first use, so every organization has a calendar to choose. */
  async ensureDefault(): Promise<Calendar> {
    const existing = await one<Row>(this.db.from(TABLE).where('is_default', true).first())
    if (existing) return fromRow(existing)
    const now = DateTime.now().toJSDate()
    await this.db
      .insert(TABLE, {
        ...columns({
          name: DEFAULT_CALENDAR_NAME,
          timezone: 'UTC',
          hours: alwaysOpenHours(),
          holidays: [],
        }),
        is_default: true,
        created_at: now,
        updated_at: now,
      })
      .onConflict(['organization_id', 'name'])
      .ignore()
    const row = await one<Row>(this.db.from(TABLE).where('name', DEFAULT_CALENDAR_NAME).first())
    return fromRow(row!)
  }

  async create(input: CalendarInput): Promise<number> {
    const now = DateTime.now().toJSDate()
    const [row] = await this.db
      .insert(TABLE, { ...columns(input), created_at: now, updated_at: now })
      .returning('id')
    return (row as { id: number }).id
  }

  async update(id: number, input: CalendarInput): Promise<boolean> {
    const count = await this.db
      .from(TABLE)
      .where('id', id)
      .update({ ...columns(input), updated_at: DateTime.now().toJSDate() })
    return Number(count) > 0
  }

  async isNameTaken(name: string, exceptId?: number) {
    const query = this.db.from(TABLE).whereRaw('lower(name) = lower(?)', [name])
    if (exceptId) query.whereNot('id', exceptId)
    return Boolean(await query.first())
  }

  /** Names of the policies that use the calendar: a calendar in use cannot be deleted. */
  async usedBy(id: number): Promise<string[]> {
    const rows = await all<{ name: string }>(
      this.db
        .from('sla_escalation_policies')
        .where('calendar_id', id)
        .orderBy('position')
        .select('name')
    )
    return rows.map((row) => row.name)
  }

  async remove(id: number) {
    await this.db.from(TABLE).where('id', id).where('is_default', false).delete()
  }
}
