import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import Installations from '#platform/installations'
import { systemContext } from '#services/request_context'
import { enablePlugin } from '#tests/support/plugins'
import { isolate } from '#tests/support/world'
import { openTicket } from '#tests/support/tickets'
import { countQueries } from '#tests/support/queries'
import { addPolicy, slaDesk } from './desk_support.js'

type Badges = Record<string, { plugin: string; text: string; tone: string; title?: string }[]>

/**
 * Writes a ticket's clock row as the tracking would, with the escalation
 * time (and the first response's due time) `minutes` from now.
 */
async function clockFor(
  organizationId: number,
  ticket: { id: number; createdAt: DateTime; groupId: number },
  policyId: number | null,
  minutes: number | null,
  extra: Record<string, unknown> = {}
) {
  const due = minutes === null ? null : DateTime.now().plus({ minutes }).toJSDate()
  await db.table('sla_escalation_clocks').insert({
    organization_id: organizationId,
    ticket_id: ticket.id,
    ticket_created_at: ticket.createdAt.toJSDate(),
    status: 'open',
    priority: 'medium',
    group_id: ticket.groupId,
    category_id: null,
    timeline: JSON.stringify({ status: 'open', events: [] }),
    version: 0,
    policy_id: policyId,
    paused: false,
    first_response_due_at: due,
    escalation_at: due,
    computed_at: DateTime.now().toJSDate(),
    ...extra,
  })
}

test.group('SLA queue badges', (group) => {
  isolate(group)

  test('the badges of a whole page cost one query, whatever the page size', async ({
    client,
    assert,
  }) => {
    const { context, customer, agent, it, organization } = await slaDesk()
    const policyId = await addPolicy(context, { name: 'Standard' })
    const tickets = []
    for (let index = 0; index < 40; index++) {
      const ticket = await openTicket(customer, it.id, { title: `Printer ${index}` })
      await clockFor(organization.id, ticket, policyId, 30 + index * 60)
      tickets.push(ticket)
    }
    const page = (perPage: number) => {
      Installations.forget()
      return countQueries(() =>
        client.get(`/desk?queue=all&sort=newest&perPage=${perPage}`).loginAs(agent).withInertia()
      )
    }
    await Installations.disable(organization.id, 'sla-escalation', systemContext)
    await page(40)
    const without = await page(40)
    assert.deepEqual(without.result.inertiaProps.badges, {})

    await enablePlugin(organization, 'sla-escalation')
    const five = await page(5)
    const forty = await page(40)
    assert.equal(five.count, forty.count, 'the page size does not change the number of queries')
    assert.equal(
      forty.count,
      without.count + 1,
      `the loader adds exactly its one query:\n${forty.sql.join('\n')}`
    )
    assert.lengthOf(
      forty.sql.filter((sql) => sql.includes('sla_escalation_')),
      1,
      'one query reads the clocks, with their policy and calendar joined in'
    )
    const badges = forty.result.inertiaProps.badges as Badges
    assert.lengthOf(Object.keys(badges), 40)
    assert.lengthOf(Object.keys(five.result.inertiaProps.badges), 5)
  }).timeout(60_000)

  test('late is red, the last hour amber, paused neutral, later neutral; the tooltip names the target', async ({
    client,
    assert,
  }) => {
    const { context, customer, agent, it, organization } = await slaDesk()
    const policyId = await addPolicy(context, { name: 'Standard' })
    const open = (title: string) => openTicket(customer, it.id, { title })
    const late = await open('late')
    const soon = await open('soon')
    const later = await open('later')
    const nextWeek = await open('next week')
    const paused = await open('paused')
    const unmatched = await open('no policy')
    const met = await open('met')
    await clockFor(organization.id, late, policyId, -125)
    await clockFor(organization.id, soon, policyId, 25.5)
    await clockFor(organization.id, later, policyId, 3 * 60 + 20)
    await clockFor(organization.id, nextWeek, policyId, 3 * 24 * 60)
    await clockFor(organization.id, paused, policyId, 90, {
      paused: true,
      status: 'waiting_on_customer',
    })
    await clockFor(organization.id, unmatched, null, null)
    await clockFor(organization.id, met, policyId, null, {
      first_response_met_at: new Date(),
      first_response_due_at: new Date(),
    })

    const response = await client.get('/desk?queue=all&perPage=50').loginAs(agent).withInertia()
    const badges = response.inertiaProps.badges as Badges
    const only = (ticket: { id: number }) => {
      assert.lengthOf(badges[ticket.id], 1)
      return badges[ticket.id][0]
    }
    assert.deepInclude(only(late), { plugin: 'sla-escalation', text: 'late 2 h', tone: 'danger' })
    assert.match(only(late).title!, /^First response was due .+ \(UTC\) · policy Standard$/)
    assert.deepInclude(only(soon), { text: 'due in 25 min', tone: 'warning' })
    assert.deepInclude(only(later), { text: 'due in 3 h', tone: 'neutral' })
    const day = DateTime.now().plus({ days: 3 }).toUTC()
    assert.deepInclude(only(nextWeek), {
      text: `due ${day.toFormat('ccc HH:mm')}`,
      tone: 'neutral',
    })
    assert.deepInclude(only(paused), { text: 'SLA paused', tone: 'neutral' })
    assert.notProperty(badges, String(unmatched.id), 'no policy, no badge')
    assert.notProperty(badges, String(met.id), 'nothing left to meet, no badge')
  })
})
