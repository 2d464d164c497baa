import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import AuditLog from '#models/audit_log'
import Ticket from '#models/ticket'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { delivered } from '#tests/support/notifications'

/**
 * The time zone setting takes effect: each person's own zone (profile),
 * else the organization's, for dates on pages (through the shared `user`
 * prop the Vue app formats with), date filters and e-mails.
 */
test.group('Time zones', (group) => {
  isolate(group)

  test('a person chooses a zone on the profile, or follows the organization', async ({
    client,
    assert,
  }) => {
    const { organization, agent } = await organizationWithStaff()
    organization.timezone = 'Europe/Berlin'
    await organization.save()

    const before = await client.get('/profile').loginAs(agent).withInertia()
    before.assertInertiaPropsContains({
      profile: { timezone: null },
      organizationTimezone: 'Europe/Berlin',
    })
    assert.equal(before.inertiaProps.user.timeZone, 'Europe/Berlin')

    const saved = await client
      .put('/profile')
      .loginAs(agent)
      .form({ name: agent.name, theme: 'system', timezone: 'America/New_York' })
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    saved.assertToast('success')
    await agent.refresh()
    assert.equal(agent.timezone, 'America/New_York')
    const entry = await AuditLog.findByOrFail('action', 'profile.updated')
    assert.deepEqual(entry.newValues, { timezone: 'America/New_York' })
    const after = await client.get('/desk').loginAs(agent).withInertia()
    assert.equal(after.inertiaProps.user.timeZone, 'America/New_York')

    await client
      .put('/profile')
      .loginAs(agent)
      .form({ name: agent.name, theme: 'system', timezone: '' })
      .withCsrfToken()
      .redirects(0)
    await agent.refresh()
    assert.isNull(agent.timezone, 'empty means the organization default again')
  })

  test('an unknown zone is refused beside the field', async ({ client, assert }) => {
    const { agent } = await organizationWithStaff()
    const response = await client
      .put('/profile')
      .loginAs(agent)
      .form({ name: agent.name, theme: 'system', timezone: 'Europe/Berln' })
      .withCsrfToken()
      .redirects(0)
    response.assertFieldError('timezone')
    await agent.refresh()
    assert.isNull(agent.timezone)
  })

  test('desk date filters mean days where the viewer is', async ({ client, assert }) => {
    const desk = await helpdesk()
    desk.admin.timezone = 'Europe/Berlin'
    await desk.admin.save()
    const late = await openTicket(desk.customer, desk.it.id, { title: 'Late in the evening' })
    // 23:30 UTC on 10 June is 01:30 on 11 June in Berlin.
    await Ticket.query()
      .where('id', late.id)
      .update({ createdAt: DateTime.fromISO('2026-06-10T23:30:00Z').toSQL() })
    const titles = async (qs: string) => {
      const response = await client.get(`/desk?queue=all&${qs}`).loginAs(desk.admin).withInertia()
      return response.inertiaProps.tickets.data.map((ticket: { title: string }) => ticket.title)
    }
    assert.deepEqual(await titles('createdFrom=2026-06-11&createdTo=2026-06-11'), [
      'Late in the evening',
    ])
    assert.deepEqual(await titles('createdFrom=2026-06-10&createdTo=2026-06-10'), [])
  })

  test('audit log date filters mean days where the viewer is', async ({ client, assert }) => {
    const { admin, organization } = await organizationWithStaff()
    admin.timezone = 'America/New_York'
    await admin.save()
    await AuditLog.create({
      organizationId: organization.id,
      actorId: admin.id,
      actorLabel: admin.email,
      action: 'user.updated',
      entityType: 'user',
      entityId: String(admin.id),
    })
    // 02:00 UTC on 11 June is 22:00 on 10 June in New York.
    await db
      .from('audit_logs')
      .where('organization_id', organization.id)
      .update({ created_at: '2026-06-11T02:00:00Z' })
    const count = async (qs: string) => {
      const response = await client.get(`/admin/audit?${qs}`).loginAs(admin).withInertia()
      return response.inertiaProps.entries.data.length
    }
    assert.equal(await count('from=2026-06-10&to=2026-06-10'), 1)
    assert.equal(await count('from=2026-06-11&to=2026-06-11'), 0)
  })

  test('e-mails date the event in each recipient’s zone', async ({ assert }) => {
    const desk = await helpdesk()
    desk.organization.timezone = 'Europe/Berlin'
    await desk.organization.save()
    desk.customer.timezone = 'America/New_York'
    await desk.customer.save()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Dated mail' })
    await db.from('outbox_events').update({ created_at: '2026-01-15T09:05:00Z' })

    const mails = await delivered()
    const to = (email: string) => mails.find((mail) => mail.envelope.to.includes(email))!
    assert.include(to(desk.customer.email).text, 'Jan 15, 2026, 4:05 AM EST')
    assert.include(to(desk.customer.email).html, 'Jan 15, 2026, 4:05 AM EST')
    assert.include(to(desk.agent.email).text, 'Jan 15, 2026, 10:05 AM GMT+1')
    assert.include(to(desk.agent.email).text, ticket.reference)
  })
})
