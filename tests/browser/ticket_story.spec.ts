import { test } from '@japa/runner'
import Ticket from '#models/ticket'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { PNG_BYTES, fileOnDisk, helpdesk } from '#tests/support/tickets'
import { screenshot, signIn } from '#tests/support/browser'

/**
 * The whole story of a ticket, as people live it: a customer files one
 * with an attachment through the wizard; an agent finds it in the
 * unassigned queue, takes it, replies, adds an internal note and resolves
 * it; the customer sees the reply but never the note, replies, and the
 * ticket reopens.
 */
test.group('Ticket story', (group) => {
  isolate(group)

  test('from the wizard to a reopened ticket', async ({ browserContext, assert }) => {
    const desk = await helpdesk()
    const screenshotFile = await fileOnDisk('screen.png', PNG_BYTES)

    const customer = await browserContext.newPage()
    await signIn(customer, desk.customer.email, FACTORY_PASSWORD)
    await customer.waitForURL('**/portal')
    await customer.getByTestId('new-ticket').click()
    await customer.getByRole('button', { name: /^IT/ }).click()
    await customer.getByRole('button', { name: 'Hardware' }).click()
    await customer.getByRole('button', { name: 'Laptop' }).click()
    await customer.getByLabel('Subject').fill('Docking station not detected')
    await customer.getByLabel('Description').fill('The dock is **not detected** after the update.')
    await customer.getByLabel('Priority').selectOption('high')
    await customer.setInputFiles('#field-attachments', screenshotFile)
    await screenshot(customer, 'story-1-wizard')
    await customer.getByTestId('submit-ticket').click()
    await customer.waitForURL(/\/portal\/tickets\/\d+$/)
    await customer.getByText('Ticket SB-1001 has been created.').waitFor()
    await customer.getByTestId('attachments').getByText('screen.png').waitFor()
    await screenshot(customer, 'story-2-created')

    const agent = await browserContext
      .browser()!
      .newContext()
      .then((context) => context.newPage())
    await signIn(agent, desk.agent.email, FACTORY_PASSWORD)
    await agent.waitForURL('**/desk')
    await agent.getByTestId('row-SB-1001').waitFor()
    await screenshot(agent, 'story-3-unassigned-queue')
    await agent.getByRole('link', { name: /Docking station not detected/ }).click()
    await agent.getByTestId('assign-to-me').click()
    await agent.getByText('Ticket assigned.').waitFor()

    await agent.getByLabel('Your reply').fill('Please try the **other USB-C port**.')
    await agent.getByTestId('send-reply').click()
    await agent.getByText('Reply sent.').waitFor()
    assert.equal(await agent.getByLabel('Your reply').inputValue(), '')
    await agent.getByTestId('note-tab').click()
    await agent
      .getByLabel('Internal note (only agents and admins see it)')
      .fill('Known firmware bug DOCK-42, fix next week.')
    await agent.getByTestId('send-reply').click()
    await agent.getByText('Internal note added.').waitFor()
    await agent.getByLabel('Status', { exact: true }).selectOption('resolved')
    await agent.getByTestId('save-ticket').click()
    await agent.getByText('Ticket updated.').waitFor()
    await agent.getByTestId('internal-note').waitFor()
    await screenshot(agent, 'story-4-agent-resolved')

    await customer.reload()
    await customer.getByText('Please try the other USB-C port.').waitFor()
    assert.equal(await customer.getByText('DOCK-42').count(), 0)
    assert.equal(await customer.getByTestId('internal-note').count(), 0)
    await customer.getByTestId('status-badge').first().getByText('Resolved').waitFor()
    await customer.getByText('Replying reopens the ticket.').waitFor()
    await customer.getByLabel('Your reply').fill('Still not working on the other port.')
    await customer.getByTestId('send-reply').click()
    await customer.getByText('Reply sent.').waitFor()
    await customer.getByTestId('status-badge').first().getByText('Assigned').waitFor()
    await screenshot(customer, 'story-5-reopened')

    const ticket = await Ticket.findByOrFail('reference', 'SB-1001')
    assert.equal(ticket.status, 'assigned')
    assert.equal(ticket.assigneeId, desk.agent.id)
    assert.isNotNull(ticket.firstResponseAt)
    assert.isNull(ticket.resolvedAt)
    await agent.context().close()
  })
})
