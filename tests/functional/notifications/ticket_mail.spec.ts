import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/main'
import type Ticket from '#models/ticket'
import type User from '#models/user'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import TicketConversation from '#services/tickets/ticket_conversation'
import UserService from '#services/user_service'
import ProfileService from '#services/profile_service'
import { systemContext } from '#services/request_context'
import { appUrl } from '#config/app'
import type { CaughtMail } from '#tests/support/mailbox'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'
import { delivered, logsOf, referencesOf, summary } from '#tests/support/notifications'

const as = (actor: User) => ({ ...systemContext, actor })
const sorted = (list: string[]) => [...list].sort()
const reply = (ticket: Ticket, author: User, body: string, internal = false) =>
  TicketConversation.add(ticket, author, { body, internal }, [], as(author))

/** The IT helpdesk with a second agent in IT; the admin is in no group. */
async function team() {
  const desk = await helpdesk()
  const colleague = await UserFactory.apply('agent')
    .merge({ organizationId: desk.organization.id, name: 'Second Agent' })
    .create()
  await desk.it.related('members').attach([colleague.id])
  return { ...desk, colleague }
}

test.group('Notifications: who gets what', (group) => {
  isolate(group)

  test('a ticket’s life: each kind reaches exactly its people, threaded under one root', async ({
    assert,
  }) => {
    const { customer, agent, colleague, admin, it } = await team()
    const ticket = await openTicket(customer, it.id, { title: 'Printer jams' })
    const subject = `[${ticket.reference}] Printer jams`
    const root = `<ticket-${ticket.id}@${new URL(appUrl).hostname}>`
    const all: CaughtMail[] = []
    const step = async () => {
      const mails = await delivered()
      all.push(...mails)
      return mails
    }

    const opened = await step()
    assert.deepEqual(
      summary(opened),
      sorted([
        `${agent.email}: ${subject}`,
        `${colleague.email}: ${subject}`,
        `${customer.email}: ${subject}`,
      ])
    )
    const receipt = opened.find((mail) => mail.envelope.to.includes(customer.email))!
    assert.equal(receipt.messageId, root, 'the receipt is the root of the thread')
    assert.isNull(receipt.inReplyTo)
    assert.include(receipt.text, `${appUrl}/portal/tickets/${ticket.id}`)
    assert.include(receipt.html, `${appUrl}/portal/tickets/${ticket.id}`)
    assert.include(receipt.text, ticket.reference)
    assert.include(receipt.html, 'Printer jams')
    const notice = opened.find((mail) => mail.envelope.to.includes(agent.email))!
    assert.include(notice.text, `${appUrl}/desk/tickets/${ticket.id}`)
    assert.include(notice.html, `${appUrl}/desk/tickets/${ticket.id}`)
    assert.include(notice.text, 'The power light blinks twice', 'staff see the description')

    await TicketWorkflow.assign(ticket, agent.id, as(admin))
    assert.deepEqual(
      summary(await step()),
      sorted([`${agent.email}: Re: ${subject}`, `${customer.email}: Re: ${subject}`])
    )

    await TicketWorkflow.changeStatus(ticket, 'in_progress', as(agent))
    assert.deepEqual(summary(await step()), [`${customer.email}: Re: ${subject}`])

    await reply(ticket, agent, 'Checked the tray: paper is damp.', true)
    assert.deepEqual(summary(await step()), [], 'internal notes are never e-mailed')

    await reply(ticket, agent, 'Please try **dry** paper.')
    const answered = await step()
    assert.deepEqual(summary(answered), [`${customer.email}: Re: ${subject}`])
    assert.include(answered[0].html, '<strong>dry</strong>')
    assert.include(answered[0].text, 'Please try **dry** paper.')
    assert.include(answered[0].text, `${appUrl}/portal/tickets/${ticket.id}`)
    assert.notInclude(answered[0].text, 'paper is damp')

    await reply(ticket, customer, 'Still jams.')
    const fromCustomer = await step()
    assert.deepEqual(summary(fromCustomer), [`${agent.email}: Re: ${subject}`])
    assert.include(fromCustomer[0].text, `${appUrl}/desk/tickets/${ticket.id}`)

    await TicketWorkflow.changeStatus(ticket, 'resolved', as(agent))
    const resolved = await step()
    assert.deepEqual(summary(resolved), [`${customer.email}: Re: ${subject}`])
    assert.include(resolved[0].text, 'We believe this is solved')

    await reply(ticket, customer, 'It jammed again this morning.')
    assert.deepEqual(
      summary(await step()),
      [`${agent.email}: Re: ${subject}`],
      'the reopening by their own reply is not news to the requester'
    )

    await TicketWorkflow.assign(ticket, null, as(admin))
    assert.deepEqual(summary(await step()), [`${customer.email}: Re: ${subject}`])

    await reply(ticket, customer, 'Anyone there?')
    assert.deepEqual(
      summary(await step()),
      sorted([`${agent.email}: Re: ${subject}`, `${colleague.email}: Re: ${subject}`]),
      'while unassigned, the whole group hears the requester'
    )

    assert.notInclude(
      all.flatMap((mail) => mail.envelope.to),
      admin.email
    )
    const ids = all.map((mail) => mail.messageId)
    assert.lengthOf(new Set(ids), all.length, 'every mail has a Message-ID of its own')
    for (const mail of all.filter((m) => m !== receipt)) {
      assert.equal(mail.inReplyTo, root, `${mail.subject} to ${mail.envelope.to} answers the root`)
      assert.deepEqual(referencesOf(mail), [root])
    }

    const logs = await logsOf(ticket.id)
    assert.lengthOf(logs, all.length, 'one log row per mail')
    assert.isTrue(logs.every((log) => log.status === 'sent' && log.error === null))
    assert.sameMembers(
      logs.map((log) => `${log.recipient} ${log.messageId}`),
      all.map((mail) => `${mail.envelope.to[0]} ${mail.messageId}`)
    )
    assert.deepEqual(
      logs.filter((log) => log.recipient === agent.email).map((log) => log.kind),
      [
        'ticket_created_group',
        'ticket_assigned',
        'ticket_customer_replied',
        'ticket_customer_replied',
        'ticket_customer_replied',
      ]
    )
  }).timeout(60_000)

  test('nobody hears of their own action; deactivated people hear nothing', async ({ assert }) => {
    const { customer, agent, colleague, admin, it, organization } = await team()

    const own = await openTicket(agent, it.id, { title: 'My own monitor' })
    assert.deepEqual(
      summary(await delivered()),
      sorted([
        `${agent.email}: [${own.reference}] My own monitor`,
        `${colleague.email}: [${own.reference}] My own monitor`,
      ]),
      'the opener gets the receipt, not the group notice'
    )

    const ticket = await openTicket(customer, it.id, { title: 'Dock' })
    await delivered()
    await TicketWorkflow.assign(ticket, agent.id, as(agent))
    assert.deepEqual(
      summary(await delivered()),
      [`${customer.email}: Re: [${ticket.reference}] Dock`],
      'taking a ticket oneself sends no assignment notice'
    )

    await UserService.setActive(agent, false, as(admin))
    await reply(ticket, customer, 'Any news?')
    assert.deepEqual(
      summary(await delivered()),
      [`${colleague.email}: Re: [${ticket.reference}] Dock`],
      'a deactivated assignee is skipped; the group hears instead'
    )

    const other = await UserFactory.merge({ organizationId: organization.id }).create()
    const quiet = await openTicket(other, it.id, { title: 'Badge' })
    await delivered()
    await UserService.setActive(other, false, as(admin))
    await reply(quiet, colleague, 'Your badge is ready.')
    await TicketWorkflow.changeStatus(quiet, 'resolved', as(admin))
    assert.deepEqual(summary(await delivered()), [], 'a deactivated requester gets nothing')
  }).timeout(60_000)

  test('a kind switched off stops that kind only, for that person only', async ({ assert }) => {
    const { customer, agent, colleague, admin, it } = await team()
    await ProfileService.updateNotifications(
      customer,
      { ticket_status_changed: false },
      as(customer)
    )
    await ProfileService.updateNotifications(agent, { ticket_created_group: false }, as(agent))

    const ticket = await openTicket(customer, it.id, { title: 'VPN' })
    const subject = `[${ticket.reference}] VPN`
    assert.deepEqual(
      summary(await delivered()),
      sorted([`${colleague.email}: ${subject}`, `${customer.email}: ${subject}`])
    )

    await TicketWorkflow.assign(ticket, agent.id, as(admin))
    assert.deepEqual(
      summary(await delivered()),
      [`${agent.email}: Re: ${subject}`],
      'the assignee still gets assignments; the requester no status change'
    )

    await reply(ticket, agent, 'Reinstall the client, please.')
    assert.deepEqual(summary(await delivered()), [`${customer.email}: Re: ${subject}`])
    await reply(ticket, customer, 'Done, works.')
    assert.deepEqual(summary(await delivered()), [`${agent.email}: Re: ${subject}`])
  }).timeout(60_000)

  test('the notification.recipients filter of a plugin adds its copy', async ({ assert }) => {
    const { customer, agent, it, organization } = await team()
    await enablePlugin(organization, 'fixture-filters', {
      mode: 'enrich',
      copyTo: 'records@example.com',
    })
    const ticket = await openTicket(customer, it.id, { title: 'Projector' })
    const mails = await delivered()
    const copies = mails.filter((mail) => mail.envelope.to.includes('records@example.com'))
    assert.lengthOf(copies, 2, 'a copy of the receipt and of the group notice')
    assert.includeMembers(
      mails.flatMap((mail) => mail.envelope.to),
      [customer.email, agent.email]
    )
    const logged = await logsOf(ticket.id).where('recipient', 'records@example.com')
    assert.sameMembers(
      logged.map((log) => `${log.kind} ${log.status} ${log.userId}`),
      ['ticket_created_receipt sent null', 'ticket_created_group sent null']
    )
  })

  test('script and event handlers in a reply or a title arrive neutralised', async ({ assert }) => {
    const { customer, agent, it } = await team()
    const ticket = await openTicket(customer, it.id, {
      title: 'Broken <img src=x onerror=alert(1)> screen',
      description: '<script>alert("description")</script> since Monday',
    })
    const mails = await delivered()
    const [receipt] = mails.filter((m) => m.envelope.to.includes(customer.email))
    await reply(
      ticket,
      agent,
      'Try <script>alert("reply")</script> this <img src=x onerror="alert(2)"> or ' +
        '[this link](javascript:alert(3)) or <a href="javascript:alert(4)">that</a>.'
    )
    const [answer] = await delivered()
    for (const mail of [receipt, answer]) {
      assert.notMatch(mail.html, /<script/i)
      assert.notMatch(mail.html, /<[^>]*\son\w+\s*=/i, 'no tag with an event handler')
      assert.notMatch(mail.html, /<a\s[^>]*href\s*=\s*["']?\s*javascript:/i)
      assert.include(mail.html, '&lt;img src=x onerror=alert(1)&gt;', 'the title shows as text')
    }
    assert.include(answer.html, '&lt;script&gt;alert')
    assert.include(receipt.html, '&lt;script&gt;alert')
    assert.include(answer.subject, 'Broken <img src=x onerror=alert(1)> screen')
  })
})
