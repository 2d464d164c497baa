/**
 * Which SLA policy applies to a ticket. Policies are ordered; the first whose
 * conditions all match the ticket's current fields wins, and a ticket that
 * matches none has no clocks at all.
 *
 * Values are compared as strings so the same code serves the simulator (where
 * groups and categories are names) and the product (where they are ids).
 */

/** A ticket field's value as policies see it; null when the ticket has none. */
export type FieldValue = string | number | null

export type TicketFields = {
  priority: FieldValue
  group: FieldValue
  category: FieldValue
}

/** Each list holds the accepted values of one field; an empty list accepts every ticket. */
export type PolicyConditions = {
  priority: readonly (string | number)[]
  group: readonly (string | number)[]
  category: readonly (string | number)[]
}

export type MatchablePolicy = { conditions: PolicyConditions }

const FIELDS = ['priority', 'group', 'category'] as const

/**
 * Whether one condition list accepts a value. A ticket without a value (no
 * group, no category) passes only an empty list: "group is IT" must not
 * match a ticket that has no group.
 */
function accepts(accepted: readonly (string | number)[], value: FieldValue) {
  if (accepted.length === 0) return true
  if (value === null) return false
  return accepted.some((candidate) => String(candidate) === String(value))
}

export function matches(conditions: PolicyConditions, fields: TicketFields) {
  return FIELDS.every((field) => accepts(conditions[field], fields[field]))
}

/** The first policy, in the admin's order, that matches `fields`; null when none does. */
export function choosePolicy<P extends MatchablePolicy>(
  policies: readonly P[],
  fields: TicketFields
): P | null {
  return policies.find((policy) => matches(policy.conditions, fields)) ?? null
}
