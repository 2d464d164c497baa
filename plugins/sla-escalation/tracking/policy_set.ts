import type { DateTime } from 'luxon'
import type { PluginDatabase } from '#platform/sdk'
import BusinessCalendar from '../clock/business_calendar.js'
import { choosePolicy } from '../clock/policy_match.js'
import { evaluateSla, type SlaEvaluation } from '../clock/sla_clock.js'
import Calendars from '../data/calendars.js'
import Policies from '../data/policies.js'
import type { Calendar, Policy } from '../policies/policy.js'
import { timelineOf, type ClockFacts } from './stored_timeline.js'

export type ClockEvaluation = SlaEvaluation<Policy> & { calendar: Calendar | null }

/**
 * An organization's policies in order, each with its calendar, read once
 * and reused for every ticket of a batch or a sweep.
 */
export default class PolicySet {
  private constructor(
    readonly policies: Policy[],
    private calendars: Map<number, { record: Calendar; clock: BusinessCalendar }>
  ) {}

  static async load(db: PluginDatabase) {
    // One after the other: inside a transaction both would share one connection.
    const policies = await new Policies(db).list()
    const calendars = await new Calendars(db).stored()
    const byId = new Map(
      calendars.map((record) => [record.id, { record, clock: BusinessCalendar.from(record) }])
    )
    return new PolicySet(policies, byId)
  }

  get isEmpty() {
    return this.policies.length === 0
  }

  policy(id: number | null) {
    return this.policies.find((policy) => policy.id === id) ?? null
  }

  /**
   * The first matching policy decides, and its own calendar counts the
   * business time: policies of one organization may follow different hours.
   */
  evaluate(facts: ClockFacts, now: DateTime): ClockEvaluation {
    const timeline = timelineOf(facts)
    const policy = choosePolicy(this.policies, timeline.fields)
    const calendar = policy ? this.calendars.get(policy.calendarId) : undefined
    if (!policy || !calendar) {
      return { ...evaluateSla(timeline, BusinessCalendar.alwaysOpen(), [], now), calendar: null }
    }
    return { ...evaluateSla(timeline, calendar.clock, [policy], now), calendar: calendar.record }
  }
}
