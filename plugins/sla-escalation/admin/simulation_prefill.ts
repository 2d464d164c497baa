import type { DateTime } from 'luxon'
import type { TaxonomyGroup } from '#platform/sdk'
import { WEEKDAYS } from '../clock/business_calendar.js'
import type { Calendar, Policy } from '../policies/policy.js'
import { quotedList } from './wording.js'

/**
 * The organization's configuration in the simulate command's input format
 * (README, "Simulating a ticket"): what the "Test a policy" page starts
 * from, so an admin edits a real case instead of writing one. Groups and
 * categories are named, as the simulator compares names.
 */

export type Prefill = { input: Record<string, unknown>; calendarNote: string | null }

const iso = (at: DateTime) =>
  at.toUTC().toISO({ suppressMilliseconds: true, suppressSeconds: false })

/** The policy used when the organization has none yet: the page still shows a result. */
const EXAMPLE_POLICY = {
  name: 'Example (not saved)',
  conditions: { priority: [], group: [], category: [] },
  first_response_minutes: 60,
  next_response_minutes: null,
  next_response_mode: 'after_customer',
  resolution_minutes: 480,
}

function namesOf(groups: TaxonomyGroup[]) {
  const group = new Map(groups.map((each) => [each.id, each.name]))
  const category = new Map<number, { name: string; group: string }>()
  for (const each of groups) {
    for (const child of each.categories)
      category.set(child.id, { name: child.name, group: each.name })
  }
  return {
    // A deactivated group or category keeps a recognisable stand-in rather than vanishing.
    group: (id: number) => group.get(id) ?? `group #${id}`,
    category: (id: number) => category.get(id)?.name ?? `category #${id}`,
    groupOfCategory: (id: number) => category.get(id)?.group ?? null,
  }
}

/** The calendar, its days in week order (the jsonb column keeps keys in its own order). */
function calendarInput(calendar: Calendar) {
  const hours = Object.fromEntries(WEEKDAYS.map((day) => [day, calendar.hours[day] ?? []]))
  return { timezone: calendar.timezone, hours, holidays: calendar.holidays }
}

/** A ticket the first policy applies to, opened three hours before `now`, answered and followed up. */
function sampleTicket(first: Policy | undefined, names: ReturnType<typeof namesOf>, now: DateTime) {
  const createdAt = now.startOf('minute').minus({ hours: 3 })
  const categoryId = first?.conditions.category[0]
  const groupId = first?.conditions.group[0]
  const group =
    categoryId !== undefined
      ? names.groupOfCategory(Number(categoryId))
      : groupId !== undefined
        ? names.group(Number(groupId))
        : null
  return {
    ticket: {
      created_at: iso(createdAt),
      priority: String(first?.conditions.priority[0] ?? 'medium'),
      group,
      category: categoryId !== undefined ? names.category(Number(categoryId)) : null,
      status: 'open',
    },
    events: [
      { at: iso(createdAt.plus({ minutes: 40 })), type: 'agent_replied' },
      { at: iso(createdAt.plus({ minutes: 100 })), type: 'customer_replied' },
    ],
    now: iso(now.startOf('minute')),
  }
}

export function simulationPrefill(
  policies: Policy[],
  calendars: Calendar[],
  groups: TaxonomyGroup[],
  now: DateTime
): Prefill {
  const names = namesOf(groups)
  const calendarById = new Map(calendars.map((calendar) => [calendar.id, calendar]))
  const first = policies[0]
  const calendar =
    (first && calendarById.get(first.calendarId)) ??
    calendars.find((each) => each.isDefault) ??
    calendars[0]
  const used = [...new Set(policies.map((policy) => policy.calendarId))]
  const calendarNote =
    policies.length === 0
      ? 'You have no SLA policy yet: the input holds an example policy to edit.'
      : used.length > 1
        ? `The simulator takes one calendar; your policies use ${used.length}, so this input uses ${quotedList([calendar.name])}, the first policy's.`
        : null

  return {
    input: {
      calendar: calendarInput(calendar),
      policies:
        policies.length === 0
          ? [EXAMPLE_POLICY]
          : policies.map((policy) => ({
              name: policy.name,
              conditions: {
                priority: policy.conditions.priority.map(String),
                group: policy.conditions.group.map((id) => names.group(Number(id))),
                category: policy.conditions.category.map((id) => names.category(Number(id))),
              },
              first_response_minutes: policy.firstResponseMinutes,
              next_response_minutes: policy.nextResponseMinutes,
              next_response_mode: policy.nextResponseMode,
              resolution_minutes: policy.resolutionMinutes,
            })),
      ...sampleTicket(first, names, now),
    },
    calendarNote,
  }
}

/**
 * JSON for people: two-space indents, but short lists of plain values on
 * one line, so a week of working hours reads as seven lines.
 */
export function prettyJson(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value)
  const empty = flat === '{}' || flat === '[]'
  if (value === null || typeof value !== 'object' || empty) return flat
  if (Array.isArray(value) && flat.length <= 72 && !flat.includes('{')) {
    return `[${value.map((item) => prettyJson(item, indent)).join(', ')}]`
  }
  const inner = `${indent}  `
  const lines = Array.isArray(value)
    ? value.map((item) => inner + prettyJson(item, inner))
    : Object.entries(value).map(
        ([key, item]) => `${inner}${JSON.stringify(key)}: ${prettyJson(item, inner)}`
      )
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`
}
