import { test } from '@japa/runner'
import type User from '#models/user'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import TicketConversation from '#services/tickets/ticket_conversation'
import { systemContext } from '#services/request_context'
import { mailbox, type CaughtMail } from '#tests/support/mailbox'
import { delivered } from '#tests/support/notifications'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'

const as = (actor: User) => ({ ...systemContext, actor })

async function speaksGerman(user: User) {
  user.locale = 'de'
  await user.save()
  return user
}

function to(mails: CaughtMail[], user: User) {
  const mail = mails.find((candidate) => candidate.envelope.to.includes(user.email))
  if (!mail) {
    throw new Error(`no mail to ${user.email} among ${mails.map((m) => m.envelope.to).join(', ')}`)
  }
  return mail
}

/**
 * Every mail is written in its recipient's language, whoever caused it:
 * through the real event worker and the real SMTP server process.
 */
test.group('German: e-mails', (group) => {
  isolate(group)

  test('ticket notifications reach each recipient in their own language', async ({ assert }) => {
    const desk = await helpdesk()
    const customer = await speaksGerman(desk.customer)
    const ticket = await openTicket(customer, desk.it.id, { title: 'Drucker klemmt' })

    const opened = await delivered()
    const receipt = to(opened, customer)
    assert.equal(receipt.subject, `[${ticket.reference}] Drucker klemmt`)
    assert.include(receipt.html, '<html lang="de">')
    assert.include(receipt.html, `Wir haben Ihre Anfrage ${ticket.reference} erhalten`)
    assert.include(receipt.html, 'Vielen Dank, wir halten Sie hier auf dem Laufenden.')
    assert.include(receipt.html, `${ticket.reference} öffnen`)
    assert.include(receipt.text, `Wir haben Ihre Anfrage ${ticket.reference} erhalten`)
    assert.include(receipt.text, 'Ticket öffnen: ')
    assert.include(receipt.text, 'aufgrund Ihrer Benachrichtigungseinstellungen')
    assert.notInclude(receipt.text, 'We received')

    const notice = to(opened, desk.agent)
    assert.include(notice.html, '<html lang="en">')
    assert.include(notice.text, `New ticket ${ticket.reference} in IT`)

    await TicketWorkflow.assign(ticket, desk.agent.id, as(desk.admin))
    await delivered()
    await TicketConversation.add(
      ticket,
      desk.agent,
      { body: 'Please try the other tray.', internal: false },
      [],
      as(desk.agent)
    )
    const replied = to(await delivered(), customer)
    assert.equal(replied.subject, `Re: [${ticket.reference}] Drucker klemmt`)
    assert.include(replied.text, `${desk.agent.name} hat auf ${ticket.reference} geantwortet`)
    assert.include(replied.text, 'Please try the other tray.')

    await TicketWorkflow.changeStatus(ticket, 'resolved', as(desk.agent))
    const resolved = to(await delivered(), customer)
    assert.include(resolved.text, `${ticket.reference} ist jetzt gelöst`)
    assert.include(resolved.text, `${ticket.reference} · Gelöst`)
    assert.include(resolved.text, 'Wir gehen davon aus, dass das Anliegen gelöst ist.')
  })

  test('a German agent is told in German by an English admin', async ({ assert }) => {
    const desk = await helpdesk()
    const agent = await speaksGerman(desk.agent)
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Printer jams' })
    await delivered()

    await TicketWorkflow.assign(ticket, agent.id, as(desk.admin))
    const mails = await delivered()
    const assigned = to(mails, agent)
    assert.include(assigned.text, `${desk.admin.name} hat Ihnen ${ticket.reference} zugewiesen`)
    assert.include(to(mails, desk.customer).text, `${ticket.reference} is now assigned`)
  })

  test('the password reset goes out in the account’s language, not the page’s', async ({
    client,
    assert,
  }) => {
    const { customer } = await organizationWithStaff()
    await speaksGerman(customer)
    const request = await client
      .post('/forgot-password')
      .headers({ 'Accept-Language': 'en' })
      .form({ email: customer.email })
      .withCsrfToken()
      .redirects(0)
    request.assertToast('success', 'If an account exists for that address')

    const mail = await mailbox.waitFor(customer.email)
    assert.equal(mail.subject, 'Ihr Switchboard-Passwort zurücksetzen')
    assert.include(mail.html, `Hallo ${customer.name},`)
    assert.include(mail.html, 'Neues Passwort wählen')
    assert.include(mail.text, 'läuft nach einer Stunde ab')
    assert.include(mail.text, 'Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail')
  })

  test('an invitation follows the organization’s default language', async ({ client, assert }) => {
    const { admin, organization } = await organizationWithStaff()
    organization.defaultLocale = 'de'
    await organization.save()
    await client
      .post('/admin/users')
      .loginAs(admin)
      .form({
        name: 'Ida Eingeladen',
        email: 'ida@example.com',
        role: 'agent',
        onboarding: 'invite',
      })
      .withCsrfToken()
      .redirects(0)

    const mail = await mailbox.waitFor('ida@example.com')
    assert.equal(mail.subject, 'Sie wurden zu Switchboard eingeladen')
    assert.include(mail.text, `Sie wurden zum Helpdesk von ${organization.name} auf Switchboard`)
    assert.include(mail.html, 'Passwort wählen')
  })
})
