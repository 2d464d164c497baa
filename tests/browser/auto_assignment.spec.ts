import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import Group from '#models/group'
import User from '#models/user'
import AutoAssigner from '#services/assignment/auto_assigner'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { agentsIn } from '#tests/support/assignment'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

test.group('Automatic assignment in the browser', (group) => {
  isolate(group)

  test('an admin sets a group to least active and Kim away; tickets follow, with the reason', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    const [kim] = await agentsIn(desk.organization, desk.it, ['Kim'])

    const admin = await browserContext.newPage()
    await signIn(admin, desk.admin.email, FACTORY_PASSWORD)
    await admin.waitForURL('**/admin')
    await admin.goto(`${baseUrl}/admin/groups/${desk.it.id}`)
    const form = admin.getByTestId('assignment')
    await form.getByLabel('Mode').selectOption('least_active')
    await form.getByLabel('Open tickets per agent at most').fill('0')
    await form.getByRole('button', { name: 'Save assignment' }).click()
    // Refused beside the field, nothing saved.
    await form.getByText('The open ticket limit must be between 1 and 10000.').waitFor()
    const unchanged = await Group.findOrFail(desk.it.id)
    assert.equal(unchanged.assignmentMode, 'off')
    await form.getByLabel('Mode').selectOption('least_active')
    await form.getByLabel('Open tickets per agent at most').fill('3')
    await form.getByRole('button', { name: 'Save assignment' }).click()
    await admin.getByText('Automatic assignment saved.').waitFor()
    await screenshot(admin, 'assignment-1-group-least-active')

    await admin.goto(`${baseUrl}/admin/users/${kim.id}`)
    const availability = admin.getByTestId('user-availability')
    await availability.getByLabel('Away until').fill('2099-12-24')
    await availability.getByRole('button', { name: 'Set away' }).click()
    await availability.getByText(/^Away until .*automatic assignment skips them\.$/).waitFor()
    await screenshot(admin, 'assignment-2-kim-away-until')

    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Printer jams' })
    assert.equal(ticket.assigneeId, desk.agent.id)

    const agent = await browserContext
      .browser()!
      .newContext()
      .then((context) => context.newPage())
    await signIn(agent, desk.agent.email, FACTORY_PASSWORD)
    await agent.waitForURL('**/desk')
    await agent.goto(`${baseUrl}/desk/tickets/${ticket.id}`)
    const history = agent.getByTestId('history')
    await history.getByText(`Automatic assignment assigned it to ${desk.agent.name}`).waitFor()
    await history
      .getByText('Why: least active: 0 open tickets, fewest in IT; Kim skipped: away')
      .waitFor()
    await screenshot(agent, 'assignment-3-reason-on-timeline')

    // The agent steps away: the next ticket waits for them.
    const toggle = agent.getByTestId('availability').getByRole('button')
    await toggle.getByText('Available').waitFor()
    await toggle.click()
    await toggle.getByText('Away').waitFor()
    await screenshot(agent, 'assignment-4-agent-away')
    const waiting = await openTicket(desk.customer, desk.it.id, { title: 'Scanner offline' })
    assert.isNull(waiting.assigneeId)

    await toggle.click()
    await toggle.getByText('Available').waitFor()
    // What the worker does on the job coming back queues (tests/functional/assignment/worker.spec.ts).
    assert.equal(await AutoAssigner.drainAll(), 1)
    await agent.goto(`${baseUrl}/desk/tickets/${waiting.id}`)
    await agent
      .getByTestId('history')
      .getByText(`Automatic assignment assigned it to ${desk.agent.name}`)
      .waitFor()
    await screenshot(agent, 'assignment-5-waiting-ticket-assigned')
    const back = await User.findOrFail(desk.agent.id)
    assert.isFalse(back.isAway)
  }).timeout(120_000)
})
