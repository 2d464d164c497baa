import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import TicketHistory from '#models/ticket_history'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

test.group('Deleting a group in the admin area', (group) => {
  isolate(group)

  test('the confirmation tells what happens to its tickets and moves the open ones', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    const as = { ...systemContext, actor: desk.admin }
    const first = await openTicket(desk.customer, desk.it.id, { title: 'Keyboard sticks' })
    const second = await openTicket(desk.customer, desk.it.id, { title: 'Screen flickers' })
    const done = await openTicket(desk.customer, desk.it.id, { title: 'Mouse fixed' })
    await TicketWorkflow.assign(done, desk.agent.id, as)
    await TicketWorkflow.changeStatus(done, 'resolved', as)

    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')
    await page.goto(`${baseUrl}/admin/groups/${desk.it.id}`)
    await page.getByTestId('delete-group').click()

    const dialog = page.getByRole('dialog', { name: 'Delete the group IT?' })
    await dialog.waitFor()
    assert.include(await dialog.innerText(), '3 tickets use this group.')
    assert.include(await dialog.innerText(), '2 of them are open (not resolved or closed).')
    assert.include(await dialog.innerText(), 'it will be deactivated and hidden from new tickets')
    const confirm = dialog.getByRole('button', { name: 'Deactivate group' })
    await confirm.waitFor()

    await dialog.getByLabel('Move the open tickets to').selectOption({ label: 'Facilities' })
    await dialog
      .getByRole('button', { name: 'Move 2 open tickets and deactivate the group' })
      .waitFor()
    await screenshot(page, 'group-delete-confirmation')

    await dialog
      .getByRole('button', { name: 'Move 2 open tickets and deactivate the group' })
      .click()
    await page.waitForURL('**/admin/groups')
    await page.getByText('2 open tickets moved to "Facilities".').waitFor()
    const row = page.getByRole('listitem').filter({ hasText: 'IT' })
    await row.getByText('Inactive').waitFor()
    await screenshot(page, 'group-deleted-list')

    for (const ticket of [first, second, done]) await ticket.refresh()
    assert.deepEqual(
      [first.groupId, second.groupId, done.groupId],
      [desk.facilities.id, desk.facilities.id, desk.it.id]
    )
    const moves = await TicketHistory.query()
      .where('field', 'group')
      .where('new_value', 'Facilities')
    assert.sameMembers(
      moves.map((entry) => entry.ticketId),
      [first.id, second.id]
    )

    await page.goto(`${baseUrl}/desk/tickets/${first.id}`)
    await page
      .getByTestId('history')
      .getByText(`${desk.admin.name} changed group from IT to Facilities`)
      .waitFor()
    await screenshot(page, 'group-moved-ticket-timeline')
  })

  test('a group nobody uses is deleted for good after a plain confirmation', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')
    await page.goto(`${baseUrl}/admin/groups/${desk.facilities.id}`)
    await page.getByTestId('delete-group').click()
    const dialog = page.getByRole('dialog', { name: 'Delete the group Facilities?' })
    assert.include(await dialog.innerText(), 'No ticket uses it, so it is deleted for good')
    assert.equal(await dialog.getByLabel('Move the open tickets to').count(), 0)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await page.getByTestId('delete-group').click()
    await dialog.getByRole('button', { name: 'Delete group' }).click()
    await page.waitForURL('**/admin/groups')
    await page.getByText('Group "Facilities" deleted.').waitFor()
  })
})
