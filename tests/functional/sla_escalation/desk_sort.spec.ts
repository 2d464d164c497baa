import { test } from '@japa/runner'
import Installations from '#platform/installations'
import { systemContext } from '#services/request_context'
import { refreshClock } from '#plugins/sla-escalation/tracking/refresh_clock'
import { isolate } from '#tests/support/world'
import { openTicket } from '#tests/support/tickets'
import { addPolicy, openedAgo, slaDesk } from './desk_support.js'

const SLA_DUE = 'plugin:sla-escalation:sla-due'

type Props = { inertiaProps: Record<string, any> }
const titles = (response: Props): string[] =>
  response.inertiaProps.tickets.data.map((ticket: { title: string }) => ticket.title)

test.group('SLA queue sort: "SLA due soonest"', (group) => {
  isolate(group)

  /**
   * Normal (medium): first response in 60 min; Urgent (high): 15 min; low
   * has no policy. Due times from now: older +10, urgent +13, newer +50;
   * "low" has a clock without a due time, "unseen" no clock at all.
   */
  async function scene() {
    const desk = await slaDesk()
    await addPolicy(desk.context, {
      name: 'Urgent',
      conditions: { priority: ['high'], group: [], category: [] },
      firstResponseMinutes: 15,
      resolutionMinutes: null,
    })
    await addPolicy(desk.context, {
      name: 'Normal',
      conditions: { priority: ['medium'], group: [], category: [] },
      resolutionMinutes: null,
    })
    const open = (title: string, minutesAgo: number, priority: 'low' | 'medium' | 'high') =>
      openedAgo(minutesAgo, () => openTicket(desk.customer, desk.it.id, { title, priority }))
    const tickets = [
      await open('older', 50, 'medium'),
      await open('low', 30, 'low'),
      await open('newer', 10, 'medium'),
      await open('urgent', 2, 'high'),
    ]
    for (const ticket of tickets) await refreshClock(desk.context, ticket.id)
    await open('unseen', 1, 'medium')
    return desk
  }

  test('sorts the whole list by the earliest unmet due time; tickets without one last, newest first', async ({
    client,
    assert,
  }) => {
    const { agent } = await scene()
    const list = (qs: string) => client.get(`/desk?queue=all&${qs}`).loginAs(agent).withInertia()

    const sorted = await list(`sort=${SLA_DUE}`)
    sorted.assertStatus(200)
    assert.deepEqual(titles(sorted), ['older', 'urgent', 'newer', 'unseen', 'low'])
    assert.deepInclude(sorted.inertiaProps.pluginSorts, {
      value: SLA_DUE,
      label: 'SLA due soonest',
    })
    assert.deepEqual(
      titles(await list(`sort=${SLA_DUE}&perPage=2&page=2`)),
      ['newer', 'unseen'],
      'sorted before paging'
    )
    assert.deepEqual(titles(await list('')), ['unseen', 'urgent', 'newer', 'low', 'older'])
  })

  test('switched off, the sort is not offered and the list keeps its default order', async ({
    client,
    assert,
  }) => {
    const { agent, organization } = await scene()
    await Installations.disable(organization.id, 'sla-escalation', systemContext)
    const list = await client.get(`/desk?queue=all&sort=${SLA_DUE}`).loginAs(agent).withInertia()
    assert.deepEqual(titles(list), ['unseen', 'urgent', 'newer', 'low', 'older'])
    assert.notDeepInclude(list.inertiaProps.pluginSorts, {
      value: SLA_DUE,
      label: 'SLA due soonest',
    })
  })
})
