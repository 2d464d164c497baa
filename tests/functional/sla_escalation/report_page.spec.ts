import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import Installations from '#platform/installations'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { countQueries } from '#tests/support/queries'
import { addPolicy, slaDesk } from './desk_support.js'

const URL = '/plugins/sla-escalation/report'
const JANUARY = `${URL}?from=2025-01-01&to=2025-01-31`
const FAR = '2099-01-01T00:00:00Z'

type Clock = {
  created?: string
  group: number
  priority: string
  policy: number | null
  paused?: boolean
  computed?: string
  first?: [due: string, met: string | null]
  next?: [due: string, met: string | null]
  resolution?: [due: string, met: string | null]
}

/** A clock row as the tracking would have stored it, for a real ticket. */
async function storeClock(organizationId: number, ticketId: number, clock: Clock) {
  const date = (value: string | null | undefined) => (value ? new Date(value) : null)
  await db.table('sla_escalation_clocks').insert({
    organization_id: organizationId,
    ticket_id: ticketId,
    ticket_created_at: new Date(clock.created ?? '2025-01-10T08:00:00Z'),
    status: clock.paused ? 'waiting_on_customer' : 'open',
    priority: clock.priority,
    group_id: clock.group,
    category_id: null,
    timeline: JSON.stringify({ status: 'open', events: [] }),
    version: 0,
    policy_id: clock.policy,
    paused: clock.paused ?? false,
    first_response_due_at: date(clock.first?.[0]),
    first_response_met_at: date(clock.first?.[1]),
    next_response_due_at: date(clock.next?.[0]),
    next_response_met_at: date(clock.next?.[1]),
    resolution_due_at: date(clock.resolution?.[0]),
    resolution_met_at: date(clock.resolution?.[1]),
    computed_at: new Date(clock.computed ?? '2025-01-20T00:00:00Z'),
  })
}

async function reportScene() {
  const desk = await slaDesk()
  const policy = await addPolicy(desk.context)
  const { it, facilities } = desk
  const clocks: Clock[] = [
    // 1: first response in time, resolution late
    {
      group: it.id,
      priority: 'high',
      policy,
      first: ['2025-01-10T10:00:00Z', '2025-01-10T09:30:00Z'],
      resolution: ['2025-01-10T17:00:00Z', '2025-01-10T18:00:00Z'],
    },
    // 2: first response breached, resolution still ahead
    {
      group: it.id,
      priority: 'high',
      policy,
      first: ['2025-01-11T10:00:00Z', null],
      resolution: [FAR, null],
    },
    // 3: first response late, next response and resolution in time
    {
      group: it.id,
      priority: 'medium',
      policy,
      first: ['2025-01-12T10:00:00Z', '2025-01-12T11:00:00Z'],
      next: ['2025-01-12T14:00:00Z', '2025-01-12T13:00:00Z'],
      resolution: ['2025-01-12T17:00:00Z', '2025-01-12T16:00:00Z'],
    },
    // 4: paused with its due time projected past the computation: pending
    {
      group: facilities.id,
      priority: 'medium',
      policy,
      paused: true,
      computed: '2025-01-13T00:00:00Z',
      first: ['2025-01-14T00:00:00Z', null],
    },
    // 5: paused after it was already past due: breached
    {
      group: facilities.id,
      priority: 'low',
      policy,
      paused: true,
      computed: '2025-01-13T00:00:00Z',
      first: ['2025-01-12T00:00:00Z', null],
    },
    // 6: no policy applies
    { group: it.id, priority: 'low', policy: null },
    // 7: created after the period
    {
      created: '2025-02-05T08:00:00Z',
      group: it.id,
      priority: 'high',
      policy,
      first: ['2025-02-05T09:00:00Z', null],
    },
  ]
  for (const clock of clocks) {
    const ticket = await openTicket(desk.customer, clock.group)
    await storeClock(desk.organization.id, ticket.id, clock)
  }
  // Another organization's clock in the same period never counts here.
  const other = await helpdesk()
  const foreign = await openTicket(other.customer, other.it.id)
  await storeClock(other.organization.id, foreign.id, {
    group: other.it.id,
    priority: 'high',
    policy: null,
    first: ['2025-01-10T10:00:00Z', null],
  })
  return { ...desk, other }
}

/** The scene's clocks store no business minutes: nothing to take a median of. */
const outcomes = (inTime: number, late: number, breached: number, pending: number) => {
  const total = inTime + late + breached + pending
  const pct = (n: number) => (total ? Math.round((n / total) * 100) : 0)
  return {
    total,
    inTime,
    late,
    breached,
    pending,
    percent: {
      inTime: pct(inTime),
      late: pct(late),
      breached: pct(breached),
      pending: pct(pending),
    },
    businessMinutes: { median: null, p90: null },
  }
}

test.group('SLA report', (group) => {
  isolate(group)

  test('compliance per target, overall, by group and by priority, from one aggregate query', async ({
    client,
    assert,
  }) => {
    const { admin, it, facilities } = await reportScene()
    const { result: page, sql } = await countQueries(() =>
      client.get(JANUARY).loginAs(admin).withInertia()
    )
    page.assertStatus(200)
    page.assertInertiaComponent('admin/plugin_page')
    assert.lengthOf(
      sql.filter((statement) => statement.includes('sla_escalation_clocks')),
      1,
      'one aggregate query'
    )
    const data = page.inertiaProps.data
    assert.deepEqual(data.period, { from: '2025-01-01', to: '2025-01-31', zone: 'UTC' })
    assert.deepEqual(data.overall, {
      key: 'all',
      name: 'All tickets',
      tickets: 6,
      underPolicy: 5,
      targets: {
        first_response: outcomes(1, 1, 2, 1),
        next_response: outcomes(1, 0, 0, 0),
        resolution: outcomes(1, 1, 0, 1),
      },
    })

    const lines = (
      list: { key: string; name: string; tickets: number; underPolicy: number; targets: any }[]
    ) => Object.fromEntries(list.map((line) => [line.key, line]))
    const groups = lines(data.byGroup)
    assert.sameMembers(Object.keys(groups), [`group:${it.id}`, `group:${facilities.id}`])
    assert.include(groups[`group:${it.id}`], { name: 'IT', tickets: 4, underPolicy: 3 })
    assert.deepEqual(groups[`group:${it.id}`].targets.first_response, outcomes(1, 1, 1, 0))
    assert.include(groups[`group:${facilities.id}`], { name: 'Facilities', tickets: 2 })
    assert.deepEqual(groups[`group:${facilities.id}`].targets.first_response, outcomes(0, 0, 1, 1))

    assert.deepEqual(
      data.byPriority.map((line: { key: string }) => line.key),
      ['priority:high', 'priority:medium', 'priority:low'],
      'critical first; priorities without tickets are left out'
    )
    const priorities = lines(data.byPriority)
    assert.deepEqual(priorities['priority:high'].targets.first_response, outcomes(1, 0, 1, 0))
    assert.deepEqual(priorities['priority:medium'].targets.first_response, outcomes(0, 1, 0, 1))
    assert.include(priorities['priority:low'], { tickets: 2, underPolicy: 1 })
    assert.deepEqual(priorities['priority:low'].targets.first_response, outcomes(0, 0, 1, 0))
  })

  test('the same figures as JSON for an admin’s API token; agents are refused', async ({
    client,
    assert,
  }) => {
    const { admin, agent } = await reportScene()
    const token = async (user: User) => {
      const created = await User.accessTokens.create(user)
      return created.value!.release()
    }
    const api = `/api/v1/plugins/sla-escalation/report?from=2025-01-01&to=2025-01-31`
    const response = await client.get(api).bearerToken(await token(admin))
    response.assertStatus(200)
    assert.equal(response.body().data.overall.targets.first_response.breached, 2)
    const refused = await client.get(api).bearerToken(await token(agent))
    refused.assertStatus(403)
  })

  test('admins only: agents and customers get 403, another organization and a disabled plugin 404', async ({
    client,
  }) => {
    const { agent, customer, admin, organization, other } = await reportScene()
    const expect = async (user: User, status: number) => {
      const response = await client.get(URL).loginAs(user)
      response.assertStatus(status)
    }
    await expect(agent, 403)
    await expect(customer, 403)
    await expect(other.admin, 404)
    await expect(admin, 200)
    await Installations.disable(organization.id, 'sla-escalation', systemContext)
    await expect(admin, 404)
  })

  test('a bad period is refused next to the field the admin has to fix', async ({ client }) => {
    const { admin } = await reportScene()
    const notADate = await client
      .get(`${URL}?from=2025-02-30&to=2025-01-31`)
      .loginAs(admin)
      .header('referer', JANUARY)
      .redirects(0)
    notADate.assertStatus(302)
    notADate.assertFieldError(
      'from',
      'Enter the first day of the period as a date, like 2026-03-01.'
    )

    const backwards = await client
      .get(`${URL}?from=2025-01-31&to=2025-01-01`)
      .loginAs(admin)
      .header('referer', JANUARY)
      .redirects(0)
    backwards.assertStatus(302)
    backwards.assertFieldError('to', 'The last day must be on or after the first day.')
  })

  test('without a period, the last 30 days', async ({ client, assert }) => {
    const { admin } = await reportScene()
    const page = await client.get(URL).loginAs(admin).withInertia()
    const { from, to } = page.inertiaProps.data.period
    assert.equal((Date.parse(to) - Date.parse(from)) / 86_400_000, 29)
    assert.equal(page.inertiaProps.data.overall.tickets, 0, 'the scene is in January 2025')
  })
})
