import { DateTime } from 'luxon'
import type { Badge, PluginDatabase } from '#platform/sdk'
import { all } from '../data/rows.js'
import { TARGET_LABELS, TARGETS, type Target } from '../policies/policy.js'
import { formatCoarse } from '../ui/sla_text.js'

const CLOCKS = 'sla_escalation_clocks'
const POLICIES = 'sla_escalation_policies'
const CALENDARS = 'sla_escalation_calendars'

/** Within this much of its due time a ticket's badge turns amber. */
export const WARNING_MINUTES = 60

/** A clock as the queue needs it, with its policy's name and its calendar's zone. */
export type QueueClock = {
  ticket_id: number
  status: string
  paused: boolean
  escalation_at: Date | null
  computed_at: Date
  first_response_due_at: Date | null
  first_response_met_at: Date | null
  next_response_due_at: Date | null
  next_response_met_at: Date | null
  resolution_due_at: Date | null
  resolution_met_at: Date | null
  policy_name: string | null
  timezone: string | null
}

/**
 * The whole page's clocks in one query: the policy and calendar are
 * joined in (both the plugin's own tables, matched on the organization
 * too, since joins are not scoped for us).
 */
export function queueClocks(db: PluginDatabase, ticketIds: number[]) {
  return all<QueueClock>(
    db
      .from(CLOCKS)
      .leftJoin(POLICIES, (join) => {
        join
          .on(`${POLICIES}.id`, '=', `${CLOCKS}.policy_id`)
          .andOn(`${POLICIES}.organization_id`, '=', `${CLOCKS}.organization_id`)
      })
      .leftJoin(CALENDARS, (join) => {
        join
          .on(`${CALENDARS}.id`, '=', `${POLICIES}.calendar_id`)
          .andOn(`${CALENDARS}.organization_id`, '=', `${POLICIES}.organization_id`)
      })
      .whereIn(`${CLOCKS}.ticket_id`, ticketIds)
      .whereNotNull(`${CLOCKS}.policy_id`)
      .select(
        ...[
          'ticket_id',
          'status',
          'paused',
          'escalation_at',
          'computed_at',
          ...TARGETS.flatMap((target) => [`${target}_due_at`, `${target}_met_at`]),
        ].map((column) => `${CLOCKS}.${column}`),
        `${POLICIES}.name as policy_name`,
        `${CALENDARS}.timezone as timezone`
      )
  )
}

/** The unmet target whose due time is the ticket's escalation time. */
function escalatingTarget(clock: QueueClock): Target | null {
  const at = clock.escalation_at?.getTime()
  return (
    TARGETS.find((target) => {
      const due = clock[`${target}_due_at`]
      return !clock[`${target}_met_at`] && due?.getTime() === at
    }) ?? null
  )
}

/** "Mon 09:00" within the coming week, "12 Mar 09:00" beyond it, in the calendar's zone. */
function dayAndTime(at: DateTime, now: DateTime) {
  return at.diff(now, 'days').days < 6 ? at.toFormat('ccc HH:mm') : at.toFormat('d LLL HH:mm')
}

/**
 * A ticket's badge, or none: late (red) once past its escalation time,
 * amber within the last hour, "SLA paused" while it waits on the customer,
 * otherwise when it is due. Resolved and closed tickets, and tickets with
 * nothing left to meet, get none. The queue has no viewer's zone, so
 * dates are in the calendar's zone and the tooltip says which.
 */
export function badgeOf(clock: QueueClock, now: DateTime): Badge | null {
  if (!clock.escalation_at || clock.status === 'resolved' || clock.status === 'closed') return null
  const zone = clock.timezone ?? 'UTC'
  const due = DateTime.fromJSDate(clock.escalation_at).setZone(zone)
  const target = escalatingTarget(clock)
  const what = target ? TARGET_LABELS[target] : 'SLA target'
  const policy = clock.policy_name ? ` · policy ${clock.policy_name}` : ''
  const when = `${due.toFormat('ccc d LLL, HH:mm')} (${zone})`

  // A paused clock's due time is projected from the moment it was
  // computed, so it only counts as late if it was already past then.
  const late = clock.paused ? clock.escalation_at <= clock.computed_at : due <= now
  if (late) {
    return {
      text: `late ${formatCoarse(now.diff(due).toMillis())}`,
      tone: 'danger',
      title: `${what} was due ${when}${clock.paused ? ', now paused' : ''}${policy}`,
    }
  }
  if (clock.paused) {
    return { text: 'SLA paused', tone: 'neutral', title: `${what} clock paused${policy}` }
  }
  const left = due.diff(now).toMillis()
  if (left <= WARNING_MINUTES * 60_000) {
    return {
      text: `due in ${formatCoarse(left)}`,
      tone: 'warning',
      title: `${what} due ${when}${policy}`,
    }
  }
  return {
    text: left < 24 * 3600_000 ? `due in ${formatCoarse(left)}` : `due ${dayAndTime(due, now)}`,
    tone: 'neutral',
    title: `${what} due ${when}${policy}`,
  }
}

/** The badge loader: one query for the page, whatever its size. */
export async function queueBadges(db: PluginDatabase, ticketIds: number[]) {
  if (ticketIds.length === 0) return {}
  const now = DateTime.now()
  const badges: Record<number, Badge[]> = {}
  for (const clock of await queueClocks(db, ticketIds)) {
    const badge = badgeOf(clock, now)
    if (badge) badges[Number(clock.ticket_id)] = [badge]
  }
  return badges
}
