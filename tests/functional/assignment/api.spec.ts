import { test } from '@japa/runner'
import User from '#models/user'
import Group from '#models/group'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { agentsIn, setAway, setMode } from '#tests/support/assignment'

async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

test.group('API: automatic assignment', (group) => {
  isolate(group)

  test('PUT /admin/groups/:id takes only the assignment and keeps the rest', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await desk.it.merge({ description: 'Laptops and more' }).save()
    const response = await client
      .put(`/api/v1/admin/groups/${desk.it.id}`)
      .bearerToken(await bearer(desk.admin))
      .json({ assignment: { mode: 'least_active', max_open: 5 } })
    response.assertStatus(200)
    assert.deepEqual(response.body().data.assignment, { mode: 'least_active', max_open: 5 })
    assert.equal(response.body().data.name, 'IT')
    const saved = await Group.findOrFail(desk.it.id)
    assert.equal(saved.description, 'Laptops and more')
    assert.equal(saved.assignmentMode, 'least_active')

    const uncapped = await client
      .put(`/api/v1/admin/groups/${desk.it.id}`)
      .bearerToken(await bearer(desk.admin))
      .json({ assignment: { max_open: null } })
    assert.deepEqual(uncapped.body().data.assignment, { mode: 'least_active', max_open: null })
  })

  test('an unknown mode or a cap below 1 is a 422 naming the field', async ({ client, assert }) => {
    const desk = await helpdesk()
    const token = await bearer(desk.admin)
    const mode = await client
      .put(`/api/v1/admin/groups/${desk.it.id}`)
      .bearerToken(token)
      .json({ assignment: { mode: 'random' } })
    mode.assertStatus(422)
    assert.include(Object.keys(mode.body().details), 'assignment.mode')
    const cap = await client
      .put(`/api/v1/admin/groups/${desk.it.id}`)
      .bearerToken(token)
      .json({ assignment: { max_open: 0 } })
    cap.assertStatus(422)
    assert.include(Object.keys(cap.body().details), 'assignment.max_open')
  })

  test("groups: an agent is refused, another organization's admin finds nothing", async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const other = await organizationWithStaff()
    const body = { assignment: { mode: 'round_robin' } }
    const asAgent = await client
      .put(`/api/v1/admin/groups/${desk.it.id}`)
      .bearerToken(await bearer(desk.agent))
      .json(body)
    asAgent.assertStatus(403)
    const asStranger = await client
      .put(`/api/v1/admin/groups/${desk.it.id}`)
      .bearerToken(await bearer(other.admin))
      .json(body)
    asStranger.assertStatus(404)
    const saved = await Group.findOrFail(desk.it.id)
    assert.equal(saved.assignmentMode, 'off')
  })

  test('PUT /me/availability: away until a date, then back; GET /me shows it', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const token = await bearer(desk.agent)
    const away = await client
      .put('/api/v1/me/availability')
      .bearerToken(token)
      .json({ available: false, away_until: '2099-12-24' })
    away.assertStatus(200)
    assert.deepEqual(away.body().data, {
      user_id: desk.agent.id,
      available: false,
      away_until: '2099-12-24T00:00:00.000Z',
    })
    const me = await client.get('/api/v1/me').bearerToken(token)
    assert.deepEqual(me.body().data.availability, {
      available: false,
      away_until: '2099-12-24T00:00:00.000Z',
    })

    const back = await client
      .put('/api/v1/me/availability')
      .bearerToken(token)
      .json({ available: true })
    assert.deepEqual(back.body().data, {
      user_id: desk.agent.id,
      available: true,
      away_until: null,
    })
  })

  test("a date alone begins in the organization's time zone; a date-time with an offset is that instant", async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await desk.organization.merge({ timezone: 'Europe/Berlin' }).save()
    // The agent's own zone is not the one: a team's vacation calendar is the organization's.
    await desk.agent.merge({ timezone: 'America/New_York' }).save()
    const [kim] = await agentsIn(desk.organization, desk.it, ['Kim'])
    const token = await bearer(desk.agent)
    const own = await client
      .put('/api/v1/me/availability')
      .bearerToken(token)
      .json({ available: false, away_until: '2099-12-24' })
    own.assertStatus(200)
    assert.equal(own.body().data.away_until, '2099-12-23T23:00:00.000Z')
    const summer = await client
      .put('/api/v1/me/availability')
      .bearerToken(token)
      .json({ available: false, away_until: '2099-07-01' })
    assert.equal(summer.body().data.away_until, '2099-06-30T22:00:00.000Z')
    const instant = await client
      .put('/api/v1/me/availability')
      .bearerToken(token)
      .json({ available: false, away_until: '2099-12-24T09:00:00Z' })
    assert.equal(instant.body().data.away_until, '2099-12-24T09:00:00.000Z')

    const byAdmin = await client
      .put(`/api/v1/admin/users/${kim.id}/availability`)
      .bearerToken(await bearer(desk.admin))
      .json({ available: false, away_until: '2099-12-24' })
    assert.equal(byAdmin.body().data.away_until, '2099-12-23T23:00:00.000Z')

    // Admin → Users → a person → Availability posts the date picker's value.
    const form = await client
      .put(`/admin/users/${kim.id}/availability`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ available: 'false', awayUntil: '2099-08-01' })
      .redirects(0)
    form.assertStatus(302)
    await kim.refresh()
    assert.equal(kim.awayUntil?.toUTC().toISO(), '2099-07-31T22:00:00.000Z')
  })

  test('availability: a past or malformed date is a 422; a customer is refused', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const token = await bearer(desk.agent)
    for (const awayUntil of ['2001-01-01', 'next week', '2099-13-45']) {
      const response = await client
        .put('/api/v1/me/availability')
        .bearerToken(token)
        .json({ available: false, away_until: awayUntil })
      response.assertStatus(422)
      assert.property(response.body().details, 'away_until')
    }
    const missing = await client.put('/api/v1/me/availability').bearerToken(token).json({})
    missing.assertStatus(422)
    assert.property(missing.body().details, 'available')

    const asCustomer = await client
      .put('/api/v1/me/availability')
      .bearerToken(await bearer(desk.customer))
      .json({ available: false })
    asCustomer.assertStatus(403)
  })

  test("PUT /admin/users/:id/availability: an admin's vacation for an agent; agents and strangers are refused", async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const other = await organizationWithStaff()
    const [kim] = await agentsIn(desk.organization, desk.it, ['Kim'])
    const body = { available: false, away_until: '2099-08-01T09:00:00+02:00' }

    const byAdmin = await client
      .put(`/api/v1/admin/users/${kim.id}/availability`)
      .bearerToken(await bearer(desk.admin))
      .json(body)
    byAdmin.assertStatus(200)
    assert.equal(byAdmin.body().data.away_until, '2099-08-01T07:00:00.000Z')

    const byAgent = await client
      .put(`/api/v1/admin/users/${kim.id}/availability`)
      .bearerToken(await bearer(desk.agent))
      .json({ available: true })
    byAgent.assertStatus(403)
    const byStranger = await client
      .put(`/api/v1/admin/users/${kim.id}/availability`)
      .bearerToken(await bearer(other.admin))
      .json({ available: true })
    byStranger.assertStatus(404)
    const customer = await client
      .put(`/api/v1/admin/users/${desk.customer.id}/availability`)
      .bearerToken(await bearer(desk.admin))
      .json({ available: false })
    customer.assertStatus(403)

    await kim.refresh()
    assert.isTrue(kim.isAway)
  })

  test('GET /tickets/:id: the history names the rule for staff; the requester sees the assignment alone', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const [kim] = await agentsIn(desk.organization, desk.it, ['Kim'])
    await setMode(desk.it, 'least_active')
    await setAway(kim)
    const ticket = await openTicket(desk.customer, desk.it.id)

    const asAgent = await client
      .get(`/api/v1/tickets/${ticket.id}`)
      .bearerToken(await bearer(desk.agent))
    asAgent.assertStatus(200)
    const entry = asAgent.body().data.history.find((e: any) => e.field === 'assignee')
    assert.equal(entry.new_value, desk.agent.name)
    assert.isNull(entry.actor)
    assert.equal(entry.reason, 'least active: 0 open tickets, fewest in IT; Kim skipped: away')

    const asRequester = await client
      .get(`/api/v1/tickets/${ticket.id}`)
      .bearerToken(await bearer(desk.customer))
    const seen = asRequester.body().data.history.find((e: any) => e.field === 'assignee')
    assert.equal(seen.new_value, desk.agent.name)
    assert.isNull(seen.reason)
  })
})
