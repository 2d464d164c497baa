import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/main'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import Installations from '#platform/installations'
import { isolate } from '#tests/support/world'
import { openTicket } from '#tests/support/tickets'
import { addPolicy, reply, slaDesk, storedClock } from './desk_support.js'

type Panel = { plugin: string; component: string; label: string; data: any }

const slaPanel = (panels: Panel[]) => panels.find((panel) => panel.plugin === 'sla-escalation')

/** The desk's ticket page and the portal's, over HTTP, with the plugin enabled. */
test.group('SLA on the desk and portal ticket pages', (group) => {
  isolate(group)

  test('the desk ticket page carries the SLA panel with the policy and its targets', async ({
    client,
    assert,
  }) => {
    const { context, customer, agent, it } = await slaDesk()
    await addPolicy(context)
    const ticket = await openTicket(customer, it.id)
    const page = await client.get(`/desk/tickets/${ticket.id}`).loginAs(agent).withInertia()
    page.assertStatus(200)
    const panel = slaPanel(page.inertiaProps.panels.sidebar)
    assert.include(panel, { component: 'SlaTimers', label: 'SLA' })
    assert.equal(panel!.data.policy, 'Standard')
    assert.deepEqual(
      panel!.data.targets.map((target: { target: string; state: string }) => [
        target.target,
        target.state,
      ]),
      [
        ['first_response', 'running'],
        ['resolution', 'running'],
      ]
    )
  })

  test('the requester sees when we aim to answer, and nothing of the policy itself', async ({
    client,
    assert,
  }) => {
    const { context, customer, it } = await slaDesk()
    await addPolicy(context, { name: 'Gold customers' })
    const ticket = await openTicket(customer, it.id)
    const page = await client.get(`/portal/tickets/${ticket.id}`).loginAs(customer).withInertia()
    page.assertStatus(200)
    const panel = slaPanel(page.inertiaProps.panels)
    assert.include(panel, { component: 'SlaPromise' })
    const row = await storedClock(ticket.id)
    assert.deepEqual(panel!.data, {
      promise: 'answer',
      by: row.first_response_due_at.toISOString(),
    })
    assert.notInclude(JSON.stringify(page.inertiaProps.panels), 'Gold customers')
  })

  test('another customer cannot see the ticket at all, so neither its promise', async ({
    client,
  }) => {
    const { context, customer, it, organization } = await slaDesk()
    await addPolicy(context)
    const ticket = await openTicket(customer, it.id)
    const neighbour = await UserFactory.merge({ organizationId: organization.id }).create()
    const page = await client.get(`/portal/tickets/${ticket.id}`).loginAs(neighbour).withInertia()
    page.assertStatus(404)
  })

  test('no promise once answered, while waiting on the customer, or without a policy', async ({
    client,
    assert,
  }) => {
    const { context, customer, agent, admin, it } = await slaDesk()
    // Nothing to promise: the loader answers null and the page gets no panel at all.
    const promiseOf = async (ticketId: number) => {
      const page = await client.get(`/portal/tickets/${ticketId}`).loginAs(customer).withInertia()
      return slaPanel(page.inertiaProps.panels)?.data
    }
    const none = undefined

    const unmatched = await openTicket(customer, it.id)
    assert.deepEqual(await promiseOf(unmatched.id), none, 'no policy yet')

    await addPolicy(context)
    const answered = await openTicket(customer, it.id)
    await reply(answered, agent)
    assert.deepEqual(await promiseOf(answered.id), none, 'first response met')

    const waiting = await openTicket(customer, it.id)
    await TicketWorkflow.changeStatus(waiting, 'waiting_on_customer', {
      ...systemContext,
      actor: admin,
    })
    assert.deepEqual(await promiseOf(waiting.id), none, 'paused')
  })

  test('under a policy with only a resolution target: "we aim to resolve this by"', async ({
    client,
    assert,
  }) => {
    const { context, customer, it } = await slaDesk()
    await addPolicy(context, { firstResponseMinutes: null, resolutionMinutes: 240 })
    const ticket = await openTicket(customer, it.id)
    const page = await client.get(`/portal/tickets/${ticket.id}`).loginAs(customer).withInertia()
    const row = await storedClock(ticket.id)
    assert.deepEqual(slaPanel(page.inertiaProps.panels)!.data, {
      promise: 'resolve',
      by: row.resolution_due_at.toISOString(),
    })
  })

  test('a disabled plugin shows no panel on either page', async ({ client, assert }) => {
    const { context, customer, agent, it, organization } = await slaDesk()
    await addPolicy(context)
    const ticket = await openTicket(customer, it.id)
    await Installations.disable(organization.id, 'sla-escalation', systemContext)
    const desk = await client.get(`/desk/tickets/${ticket.id}`).loginAs(agent).withInertia()
    assert.isUndefined(slaPanel(desk.inertiaProps.panels.sidebar))
    const portal = await client.get(`/portal/tickets/${ticket.id}`).loginAs(customer).withInertia()
    assert.isUndefined(slaPanel(portal.inertiaProps.panels))
  })
})
