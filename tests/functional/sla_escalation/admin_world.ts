import type { ApiClient, ApiResponse } from '@japa/api-client'
import type User from '#models/user'
import { organizationWithStaff } from '#tests/support/world'
import { enablePlugin } from '#tests/support/plugins'
import { slaHelpdesk } from './sla_world.js'

/** The admin pages' addresses. */
export const SLA = '/plugins/sla-escalation'

/**
 * A helpdesk with the plugin enabled (IT with Hardware, Facilities, a
 * Berlin office calendar), and a second organization that enabled it too:
 * its admin is the stranger who must get 404 on the first one's records.
 */
export async function adminWorld() {
  const desk = await slaHelpdesk()
  const other = await organizationWithStaff()
  await enablePlugin(other.organization, 'sla-escalation')
  return { ...desk, other }
}

/** A form sent as the pages send it: JSON through Inertia, from `referer`. */
export function send(
  client: ApiClient,
  method: 'post' | 'put' | 'delete',
  url: string,
  user: User,
  body: object = {},
  referer = url
) {
  return client[method](url)
    .loginAs(user)
    .withCsrfToken()
    .header('referer', referer)
    .json(body)
    .redirects(0)
}

const office = () => [{ start: '09:00', end: '17:00' }]

/** The calendar form as the page sends it. */
export function calendarBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Lisbon office',
    timezone: 'Europe/Lisbon',
    hours: {
      mon: office(),
      tue: office(),
      wed: office(),
      thu: office(),
      fri: office(),
      sat: [],
      sun: [],
    },
    holidays: [{ date: '2026-06-13', yearly: true }],
    ...overrides,
  }
}

/** The policy form as the page sends it. */
export function policyBody(calendarId: number, overrides: Record<string, unknown> = {}) {
  return {
    name: 'Urgent',
    conditions: { priority: ['high', 'critical'], group: [], category: [] },
    calendarId,
    firstResponseMinutes: 60,
    nextResponseMinutes: null,
    resolutionMinutes: 480,
    nextResponseMode: 'after_customer',
    ladder: [],
    ...overrides,
  }
}

/** Awaits a request and checks its status: for the many "who may not" checks. */
export async function expectStatus(pending: PromiseLike<ApiResponse>, status: number) {
  const response = await pending
  response.assertStatus(status)
}
