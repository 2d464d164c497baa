import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import AuditLog from '#models/audit_log'
import OrganizationService from '#services/organization_service'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

test.group('Audit entries as sentences', (group) => {
  isolate(group)

  test('the dashboard and the audit log say who did what to which record, in English and German', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    const asAgent = { ...systemContext, actor: desk.agent }
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Printer jams' })
    await TicketWorkflow.assign(ticket, desk.agent.id, asAgent)
    await TicketWorkflow.changeStatus(ticket, 'resolved', asAgent)
    await OrganizationService.updateSettings(
      desk.organization,
      {
        name: desk.organization.name,
        ticketPrefix: desk.organization.ticketPrefix,
        defaultLocale: 'en',
        timezone: 'Europe/Berlin',
        autoCloseDays: 3,
      },
      { ...systemContext, actor: desk.admin }
    )
    // An action a later version (or a plugin) might record, unknown to this one.
    await AuditLog.create({
      organizationId: desk.organization.id,
      actorId: desk.admin.id,
      actorLabel: desk.admin.email,
      action: 'auth.session_revoked',
      entityType: 'user',
      entityId: String(desk.agent.id),
    })

    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')
    const sentences = page.getByTestId('audit-sentence')
    await sentences.first().waitFor()
    const english = await sentences.allInnerTexts()
    assert.includeMembers(english, [
      `${desk.agent.name} changed the status of ${ticket.reference} to Resolved.`,
      `${desk.agent.name} assigned ${ticket.reference} to ${desk.agent.name}.`,
      `${desk.admin.name} changed the organization settings: time zone to Europe/Berlin, auto-close to after 3 days.`,
      `${desk.admin.name}: auth session revoked (user ${desk.agent.name}).`,
    ])
    const text = await page.locator('main').innerText()
    assert.notMatch(text, /\b[a-z]+\.[a-z_]+_[a-z_]+\b/, 'no action codes on the page')
    await screenshot(page, 'dashboard-activity-sentences')

    desk.admin.locale = 'de'
    await desk.admin.save()
    await page.goto(`${baseUrl}/admin/audit`)
    await sentences.first().waitFor()
    const german = await sentences.allInnerTexts()
    assert.includeMembers(german, [
      `${desk.agent.name} hat den Status von ${ticket.reference} auf Gelöst gesetzt.`,
      `${desk.customer.name} hat ${ticket.reference} „Printer jams“ in IT eröffnet.`,
    ])
    const actions = await page.getByLabel('Aktion').locator('option').allInnerTexts()
    assert.include(actions, 'Ticketstatus geändert')
    assert.notInclude(actions.join(' '), 'ticket.status_changed')
    await screenshot(page, 'audit-log-sentences-de')
  })
})
