import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import Ticket from '#models/ticket'
import User from '#models/user'
import type Organization from '#models/organization'
import type { ApiClient } from '@japa/api-client'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'

async function token(user: User) {
  const issued = await User.accessTokens.create(user)
  return issued.value!.release()
}

/** Files a ticket of the given priority through the API, as `user`. */
async function fileThroughApi(client: ApiClient, user: User, groupId: number, priority: string) {
  return client
    .post('/api/v1/tickets')
    .bearerToken(await token(user))
    .json({ group_id: groupId, title: 'Server room flooded', description: 'Water!', priority })
}

/** Admin → Settings' form as it is, with some fields changed. */
function settingsForm(organization: Organization, changes: Record<string, unknown>) {
  return {
    name: organization.name,
    ticketPrefix: organization.ticketPrefix,
    timezone: organization.timezone,
    defaultLocale: organization.defaultLocale,
    autoCloseDays: String(organization.autoCloseDays),
    ...changes,
  }
}

/** Which priorities a customer may choose when filing is the organization's choice. */
test.group('Customer priorities', (group) => {
  isolate(group)

  test('by default customers choose low, medium or high; critical is for agents', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const form = await client.get('/portal/tickets/new').loginAs(desk.customer).withInertia()
    assert.deepEqual(form.inertiaProps.priorities, ['low', 'medium', 'high'])
    const staffForm = await client.get('/portal/tickets/new').loginAs(desk.agent).withInertia()
    assert.deepEqual(staffForm.inertiaProps.priorities, ['low', 'medium', 'high', 'critical'])

    const crafted = await client
      .post('/portal/tickets')
      .loginAs(desk.customer)
      .withCsrfToken()
      .redirects(0)
      .form({
        groupId: String(desk.it.id),
        title: 'Server room flooded',
        description: 'Water!',
        priority: 'critical',
      })
    crafted.assertFieldError('priority', 'Choose a priority from: low, medium, high.')

    const api = await fileThroughApi(client, desk.customer, desk.it.id, 'critical')
    api.assertStatus(422)
    assert.deepEqual(api.body().details, {
      priority: ['Choose a priority from: low, medium, high.'],
    })
    const filed = await Ticket.query().where('organization_id', desk.organization.id)
    assert.lengthOf(filed, 0)

    const byAgent = await fileThroughApi(client, desk.agent, desk.it.id, 'critical')
    byAgent.assertStatus(201)
    assert.equal(byAgent.body().data.priority, 'critical')
  })

  test('an admin changes the list in Admin → Settings; it is audited and applies at once', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await desk.organization.refresh()
    const saved = await client
      .put('/admin/settings')
      .loginAs(desk.admin)
      .withCsrfToken()
      .redirects(0)
      .form(settingsForm(desk.organization, { customerPriorities: ['low', 'critical'] }))
    saved.assertToast('success')
    await desk.organization.refresh()
    assert.deepEqual(desk.organization.customerPriorities, ['low', 'critical'])
    const entry = await AuditLog.findByOrFail('action', 'organization.settings_updated')
    assert.deepEqual(entry.newValues, { customerPriorities: ['low', 'critical'] })

    const page = await client.get('/admin/settings').loginAs(desk.admin).withInertia()
    assert.deepEqual(page.inertiaProps.organization.customerPriorities, ['low', 'critical'])

    const critical = await fileThroughApi(client, desk.customer, desk.it.id, 'critical')
    critical.assertStatus(201)
    const medium = await fileThroughApi(client, desk.customer, desk.it.id, 'medium')
    medium.assertStatus(422)
  })

  test('an empty or unknown choice is refused beside the field', async ({ client, assert }) => {
    const desk = await helpdesk()
    await desk.organization.refresh()
    for (const customerPriorities of [['urgent'], ['low', 'low']]) {
      const response = await client
        .put('/admin/settings')
        .loginAs(desk.admin)
        .withCsrfToken()
        .redirects(0)
        .form(settingsForm(desk.organization, { customerPriorities }))
      response.assertStatus(302)
      assert.isTrue(
        Object.keys(response.fieldErrors()).some((field) => field.startsWith('customerPriorities')),
        JSON.stringify(response.fieldErrors())
      )
    }
    await desk.organization.refresh()
    assert.deepEqual(desk.organization.customerPriorities, ['low', 'medium', 'high'])
  })
})
