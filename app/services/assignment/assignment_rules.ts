import type { DateTime } from 'luxon'
import type { AssignmentMode } from '#models/group'
import { msg, type Message } from '#i18n/message'

/** A member of the group as the rules see them, read under the assignment lock. */
export type Candidate = {
  id: number
  name: string
  isActive: boolean
  isAway: boolean
  awayUntil: DateTime | null
  /** Open tickets assigned to them, across all groups. */
  openTickets: number
  lastAssignedAt: DateTime | null
}

export type RuleGroup = {
  name: string
  mode: Exclude<AssignmentMode, 'off'>
  maxOpen: number | null
  roundRobinLastUserId: number | null
}

export type Skipped = { candidate: Candidate; why: 'away' | 'deactivated' | 'at_cap' }

export type Choice = { agent: Candidate; reason: Message } | { agent: null; skipped: Skipped[] }

/** How many skipped agents a reason names before it says "and N more". */
const NAMED_SKIPS = 5

/** Why each member cannot take a ticket now, or nothing when they can. */
export function skipReason(
  candidate: Candidate,
  maxOpen: number | null,
  now: DateTime
): Skipped['why'] | null {
  if (!candidate.isActive) return 'deactivated'
  if (candidate.isAway && (candidate.awayUntil === null || candidate.awayUntil > now)) return 'away'
  if (maxOpen !== null && candidate.openTickets >= maxOpen) return 'at_cap'
  return null
}

/**
 * Picks the agent for the next ticket of a group, by its mode:
 *
 * - least active: fewest open tickets across all groups; a tie goes to
 *   whoever was last given a ticket longest ago, by hand or automatically
 *   (never first), then the lower id, so the choice is the same in every
 *   process.
 * - round robin: the members in id order, starting after the agent the
 *   group last gave a ticket to; those who cannot take one are passed over
 *   and keep their place for the next round.
 *
 * Pure: the caller reads the candidates and applies the choice.
 */
export function choose(group: RuleGroup, candidates: Candidate[], now: DateTime): Choice {
  const skipped: Skipped[] = []
  const eligible: Candidate[] = []
  for (const candidate of candidates) {
    const why = skipReason(candidate, group.maxOpen, now)
    if (why) skipped.push({ candidate, why })
    else eligible.push(candidate)
  }
  if (eligible.length === 0) {
    return { agent: null, skipped }
  }
  if (group.mode === 'least_active') {
    const agent = [...eligible].sort(byLeastActive)[0]
    const params = { count: agent.openTickets, group: group.name }
    const rule =
      agent.openTickets === 1
        ? msg('least active: {count} open ticket, fewest in {group}', params)
        : msg('least active: {count} open tickets, fewest in {group}', params)
    return { agent, reason: withSkipped(rule, skipped) }
  }
  const inOrder = [...eligible].sort((a, b) => a.id - b.id)
  const last = group.roundRobinLastUserId
  const agent = inOrder.find((candidate) => last === null || candidate.id > last) ?? inOrder[0]
  const rule = msg('round robin: next in turn in {group}', { group: group.name })
  return { agent, reason: withSkipped(rule, skipped) }
}

function byLeastActive(a: Candidate, b: Candidate) {
  if (a.openTickets !== b.openTickets) return a.openTickets - b.openTickets
  const waitedA = a.lastAssignedAt?.toMillis() ?? Number.NEGATIVE_INFINITY
  const waitedB = b.lastAssignedAt?.toMillis() ?? Number.NEGATIVE_INFINITY
  if (waitedA !== waitedB) return waitedA - waitedB
  return a.id - b.id
}

const SKIP_TEXTS: Record<Skipped['why'], (name: string) => Message> = {
  away: (name) => msg('{name} skipped: away', { name }),
  deactivated: (name) => msg('{name} skipped: deactivated', { name }),
  at_cap: (name) => msg('{name} skipped: at the open ticket limit', { name }),
}

/** The rule's sentence, then who was passed over and why ("Kim skipped: away"). */
export function withSkipped(rule: Message, skipped: Skipped[]): Message {
  const named = skipped.slice(0, NAMED_SKIPS)
  let reason = rule
  for (const { candidate, why } of named) {
    reason = msg('{before}; {after}', { before: reason, after: SKIP_TEXTS[why](candidate.name) })
  }
  if (skipped.length > named.length) {
    reason = msg('{before}; {count} more skipped', {
      before: reason,
      count: skipped.length - named.length,
    })
  }
  return reason
}
