import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import router from '@adonisjs/core/services/router'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import Attachment from '#models/attachment'
import OutboxEvent from '#models/outbox_event'
import EventDelivery from '#models/event_delivery'
import TicketConversation from '#services/tickets/ticket_conversation'
import AttachmentIntake from '#services/tickets/attachment_intake'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { PNG_BYTES, fileOnDisk, helpdesk, openTicket } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'
import { pluginTestContext } from '#platform/sdk/testing'
import slaPlugin from '#plugins/sla-escalation/plugin'
import Calendars from '#plugins/sla-escalation/data/calendars'
import Policies from '#plugins/sla-escalation/data/policies'
import { alwaysOpenHours } from '#plugins/sla-escalation/policies/policy'
import { uploadImport } from '#tests/support/imports'
import { recordMailMessage } from '#tests/support/mail_messages'

/** A field for everything a write route might read, so requests reach the record lookup. */
const BODY = {
  title: 'Taken over',
  name: 'Taken over',
  body: 'Taken over',
  description: 'Taken over',
  status: 'resolved',
  priority: 'critical',
  role: 'admin',
  email: 'taken@example.com',
  userId: 1,
  user_id: 1,
  assignedTo: null,
  assigned_to: null,
  direction: 'up',
}

/** Organization A: one record of every kind a route can name. */
async function victimWorld() {
  const a = await helpdesk()
  const ticket = await openTicket(a.customer, a.it.id, { title: 'Victim ticket' })
  const [file] = await AttachmentIntake.inspect([
    {
      clientName: 'secret.png',
      tmpPath: await fileOnDisk('secret.png', PNG_BYTES),
      size: PNG_BYTES.length,
    },
  ])
  await TicketConversation.add(ticket, a.agent, { body: 'Internal of A', internal: true }, [file], {
    ...systemContext,
    actor: a.agent,
  })
  const attachment = await Attachment.query().where('ticket_id', ticket.id).firstOrFail()
  const event = await OutboxEvent.create({
    organizationId: a.organization.id,
    name: 'ticket.created',
    payload: {} as OutboxEvent['payload'],
  })
  const delivery = await EventDelivery.create({
    organizationId: a.organization.id,
    outboxEventId: event.id,
    subscriber: 'plugin:fixture-events',
    event: 'ticket.created',
    status: 'dead',
    attempts: 3,
  })
  // The SLA plugin's admin pages name its own records: a calendar and a policy of A's.
  const sla = await pluginTestContext(slaPlugin, { organization: { id: a.organization.id } })
  const calendarId = await new Calendars(sla.context.db).create({
    name: 'Victim calendar',
    timezone: 'UTC',
    hours: alwaysOpenHours(),
    holidays: [],
  })
  const policyId = await new Policies(sla.context.db).create({
    name: 'Victim policy',
    conditions: { priority: [], group: [], category: [] },
    calendarId,
    firstResponseMinutes: 60,
    nextResponseMinutes: null,
    nextResponseMode: 'after_customer',
    resolutionMinutes: null,
    ladder: [],
  })
  const dataImport = await uploadImport(a.admin, 'victim.csv', 'title,group\nVictim row,IT\n')
  const mailbox = await db
    .table('mailboxes')
    .insert({
      organization_id: a.organization.id,
      name: 'Victim mailbox',
      host: 'imap.example.com',
      port: 993,
      username: 'helpdesk@example.com',
      group_id: a.it.id,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
  const mailMessage = await recordMailMessage(
    { id: mailbox[0].id as number, organizationId: a.organization.id },
    { subject: 'Victim mail', status: 'failed', error: 'Victim error' }
  )
  return {
    a,
    ticket,
    attachment,
    delivery,
    calendarId,
    policyId,
    dataImport,
    mailboxId: mailbox[0].id as number,
    mailMessageId: mailMessage.id,
  }
}

type Victim = Awaited<ReturnType<typeof victimWorld>>

/**
 * The id of A's record each parameter names, by the route's path. A route
 * with an id parameter not listed here fails the sweep: add it, so no new
 * route escapes the check.
 */
function fill(pattern: string, victim: Victim) {
  const { a, ticket, attachment, delivery, calendarId, policyId, dataImport, mailboxId } = victim
  const owner: [RegExp, number][] = [
    [/mailboxes\/:id/, mailboxId],
    [/channels\/email\/:id/, mailboxId],
    [/sla-escalation\/calendars\/:id/, calendarId],
    [/sla-escalation\/policies\/:id/, policyId],
    [/imports\/:id/, dataImport.id],
    [/tickets\/:id/, ticket.id],
    [/users\/:id/, a.agent.id],
    [/groups\/:id/, a.it.id],
    [/subcategories\/:id/, a.laptop.id],
    [/categories\/:id/, a.hardware.id],
  ]
  let url = pattern
  if (url.includes(':id')) {
    const match = owner.find(([shape]) => shape.test(url))
    if (!match) {
      throw new Error(`tenancy sweep: no record of organization A for ${pattern}; add it to fill()`)
    }
    url = url.replace(':id', String(match[1]))
  }
  return url
    .replace(':attachmentId', String(attachment.id))
    .replace(':userId', String(a.agent.id))
    .replace(':deliveryId', String(delivery.id))
    .replace(':messageId', String(victim.mailMessageId))
    .replace(':pluginId', 'fixture-events')
}

/** What A's records look like; nothing another organization does may change it. */
async function snapshot(organizationId: number) {
  const tables = [
    'tickets',
    'ticket_comments',
    'groups',
    'categories',
    'subcategories',
    'users',
    'group_members',
    'event_deliveries',
    'attachments',
    'sla_escalation_calendars',
    'sla_escalation_policies',
    'imports',
    'mailboxes',
    'mail_messages',
  ]
  const rows: Record<string, unknown> = {}
  for (const table of tables) {
    const query =
      table === 'ticket_comments'
        ? db
            .from(table)
            .whereIn(
              'ticket_id',
              db.from('tickets').where('organization_id', organizationId).select('id')
            )
        : table === 'group_members'
          ? db
              .from(table)
              .whereIn(
                'group_id',
                db.from('groups').where('organization_id', organizationId).select('id')
              )
          : db.from(table).where('organization_id', organizationId)
    rows[table] = await query.orderByRaw('1')
  }
  return JSON.stringify(rows)
}

function idRoutes() {
  return Object.values(router.toJSON())
    .flat()
    .filter((route) => /:(id|attachmentId|deliveryId|userId|messageId)\b/.test(route.pattern))
    .flatMap((route) =>
      route.methods
        .filter((method) => method.toUpperCase() !== 'HEAD')
        .map((method) => ({ method: method.toUpperCase(), pattern: route.pattern }))
    )
}

async function attempt(client: ApiClient, method: string, url: string, user: User) {
  let request = client.request(url, method as never).redirects(0)
  if (url.startsWith('/api/')) {
    const token = await User.accessTokens.create(user)
    request = request.bearerToken(token.value!.release())
  } else {
    request = request.loginAs(user).withCsrfToken()
  }
  return method === 'GET' ? request : request.json(BODY)
}

/**
 * Every registered route that names a record, tried by every role of
 * another organization with organization A's ids. The answer is always
 * "not found" (404) or, for a role the route is not for, "forbidden" (403);
 * never A's data; and A's rows are exactly as before.
 */
test.group('Tenancy sweep over every route', (group) => {
  isolate(group)

  test("another organization's admin, agent and customer reach nothing of A's, on any route", async ({
    client,
    assert,
  }) => {
    const victim = await victimWorld()
    const b = await helpdesk()
    // B uses the plugin too, so its routes answer B and must still find nothing of A's.
    await enablePlugin(b.organization, 'sla-escalation')
    const before = await snapshot(victim.a.organization.id)
    const routes = idRoutes()
    assert.isAbove(routes.length, 40)

    for (const { method, pattern } of routes) {
      const url = fill(pattern, victim)
      for (const [role, user] of [
        ['admin', b.admin],
        ['agent', b.agent],
        ['customer', b.customer],
      ] as const) {
        const response = await attempt(client, method, url, user)
        const what = `${role} of B: ${method} ${url}`
        if (role === 'admin') {
          assert.equal(response.status(), 404, `${what} answered ${response.status()}`)
        } else {
          assert.include([403, 404], response.status(), `${what} answered ${response.status()}`)
        }
        for (const secret of [
          'Victim ticket',
          'Internal of A',
          'secret.png',
          victim.a.agent.email,
          'Victim calendar',
          'Victim policy',
          'Victim mail',
          'Victim error',
        ]) {
          assert.notInclude(response.text(), secret, `${what} showed A's data`)
        }
      }
    }
    assert.equal(await snapshot(victim.a.organization.id), before, "A's records are unchanged")
  })
})
