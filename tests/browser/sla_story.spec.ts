import { test } from '@japa/runner'
import { type DateTime } from 'luxon'
import { fakeClock, pluginTestContext, runSchedule } from '#platform/sdk/testing'
import Ticket from '#models/ticket'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { customersMayChooseAnyPriority, helpdesk, openTicket } from '#tests/support/tickets'
import { drainEvents } from '#tests/support/plugins'
import { mailbox } from '#tests/support/mailbox'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'
import plugin from '#plugins/sla-escalation/plugin'
import { change } from '../functional/sla_escalation/sla_world.js'

/**
 * The newcomer's story of issue 10: an admin switches the plugin on, writes
 * a policy with a two-step ladder; a ticket comes in; the agent watches its
 * countdown; time passes, the assignee is warned, then the breach e-mails
 * the group and moves the ticket to Facilities, all on the ticket's
 * timeline as "SLA escalation". The worker's sweep is run by hand with the
 * clock moved forward, as an hour of waiting would.
 */
test.group('SLA escalation: the whole story in the browser', (group) => {
  isolate(group)
  group.each.teardown(() => fakeClock(new Date()).restore())

  test('configure, watch the countdown, see the warning, the breach e-mail and the reassignment', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    await customersMayChooseAnyPriority(desk.organization)
    const admin = await browserContext.newPage()
    await signIn(admin, desk.admin.email, FACTORY_PASSWORD)
    await admin.waitForURL('**/admin')

    // Switch the plugin on from Admin → Plugins.
    await admin.getByRole('link', { name: 'Plugins', exact: true }).click()
    await admin.getByRole('link', { name: 'SLA escalation', exact: true }).click()
    await admin.getByRole('switch', { name: 'Enabled for your organization' }).click()
    await admin.getByText('Plugin enabled.').waitFor()

    // A policy on the default 24/7 calendar: warn 30 min before, escalate at due.
    const navigation = admin.getByRole('navigation', { name: 'Main navigation' })
    await navigation.getByRole('link', { name: 'SLA policies' }).click()
    await admin.getByTestId('new-policy').click()
    await admin.getByLabel('Name').fill('Urgent')
    await admin.getByLabel('High').check()
    await admin.getByLabel('First response').fill('60')
    await admin.getByTestId('add-step').click()
    const warning = admin.locator('[data-step="0"]')
    await warning.getByLabel('When').selectOption('before')
    await warning.getByLabel('Minutes').fill('30')
    await admin.getByTestId('add-step').click()
    const breach = admin.locator('[data-step="1"]')
    await breach
      .locator('[data-action="ladder.1.actions.0"]')
      .getByLabel('To')
      .selectOption('group')
    await admin.getByTestId('add-action-1').click()
    const reassign = breach.locator('[data-action="ladder.1.actions.1"]')
    await reassign.getByLabel('Action').selectOption('reassign')
    await reassign.getByLabel('Group').selectOption({ label: 'Facilities' })
    await admin.getByRole('button', { name: 'Create policy' }).click()
    await admin.getByText('Policy "Urgent" created.').waitFor()
    await screenshot(admin, 'sla-story-1-policy')

    // A high-priority ticket comes in and is assigned to the agent.
    const ticket = await openTicket(desk.customer, desk.it.id, {
      title: 'Printer on fire',
      priority: 'high',
    })
    await change(ticket, desk.admin, { assigneeId: desk.agent.id })
    await drainEvents()

    // The agent sees the countdown in the sidebar, ticking, and the badge in the queue.
    const agentContext = await browserContext.browser()!.newContext()
    const agent = await agentContext.newPage()
    await signIn(agent, desk.agent.email, FACTORY_PASSWORD)
    await agent.waitForURL('**/desk**')
    await agent.goto(`${baseUrl}/desk?queue=mine`)
    await agent
      .getByTestId(`row-${ticket.reference}`)
      .getByText(/due in \d+ min/)
      .waitFor()
    await agent.goto(`${baseUrl}/desk/tickets/${ticket.id}`)
    const status = agent.getByTestId('sla-timers').getByTestId('sla-status').first()
    await status.getByText(/due in/).waitFor()
    const before = await status.textContent()
    await agent.waitForTimeout(2100)
    assert.notEqual(await status.textContent(), before, 'the countdown ticks')
    await screenshot(agent, 'sla-story-2-countdown')

    const run = await pluginTestContext(plugin, { organization: { id: desk.organization.id } })
    const sweepAt = async (at: DateTime) => {
      const clock = fakeClock(at)
      try {
        await runSchedule(plugin, 'sweep', run)
      } finally {
        clock.restore()
      }
      await drainEvents()
    }

    // 35 minutes later: the assignee is warned.
    await sweepAt(ticket.createdAt.plus({ minutes: 35 }))
    const warned = await mailbox.waitFor(desk.agent.email, (mail) =>
      mail.subject.includes('SLA warning')
    )
    assert.include(warned.text, 'First response is due in')

    // 61 minutes after it came in: the breach e-mails IT and moves the ticket to Facilities.
    await sweepAt(ticket.createdAt.plus({ minutes: 61 }))
    const breached = await mailbox.waitFor(desk.agent.email, (mail) =>
      mail.subject.includes('SLA breached')
    )
    assert.include(breached.text, 'target missed')
    const moved = await Ticket.findOrFail(ticket.id)
    assert.equal(moved.groupId, desk.facilities.id)

    await admin.goto(`${baseUrl}/desk/tickets/${ticket.id}`)
    await admin.getByText('SLA breach: First response target missed').first().waitFor()
    await admin.getByText('moved the ticket to Facilities').waitFor()
    await admin.getByText('SLA escalation', { exact: false }).first().waitFor()
    await screenshot(admin, 'sla-story-3-breach-on-timeline')
    await agentContext.close()
  }).timeout(120_000)
})
