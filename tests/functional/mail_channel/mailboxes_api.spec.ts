import { test } from '@japa/runner'
import User from '#models/user'
import { GroupFactory } from '#database/factories/main'
import Mailbox from '#models/mailbox'
import AuditLog from '#models/audit_log'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'

const URL = '/api/v1/admin/mailboxes'
const PASSWORD = 'imap secret 42'

async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

/** What a set-up script sends at the least: every field with a default left out. */
function minimal(groupId: number) {
  return {
    name: 'Support',
    host: 'imap.example.com',
    port: 993,
    tls: 'implicit',
    user: 'support@example.com',
    password: PASSWORD,
    group_id: groupId,
  }
}

test.group('API: mailboxes of the e-mail channel', (group) => {
  isolate(group)

  test('creates a mailbox with the defaults; the password is encrypted and never answered', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const response = await client
      .post(URL)
      .bearerToken(await bearer(desk.admin))
      .json(minimal(desk.it.id))
    response.assertStatus(201)
    const body = response.body().data
    assert.containsSubset(body, {
      name: 'Support',
      host: 'imap.example.com',
      port: 993,
      tls: 'implicit',
      verify_certificates: true,
      user: 'support@example.com',
      password_set: true,
      folder: 'INBOX',
      group_id: desk.it.id,
      after_fetch: 'move',
      move_to: 'Processed',
      allow_cc_replies: false,
      loop_limit: 20,
      loop_window_minutes: 10,
      is_active: true,
      last_error: null,
    })
    assert.notProperty(body, 'password')
    assert.notProperty(body, 'password_encrypted')
    assert.notInclude(JSON.stringify(response.body()), PASSWORD)

    const stored = await Mailbox.findOrFail(body.id)
    assert.equal(stored.organizationId, desk.organization.id)
    assert.isString(stored.passwordEncrypted)
    assert.notInclude(stored.passwordEncrypted!, PASSWORD)
    assert.equal(stored.password(), PASSWORD)

    const audit = await AuditLog.findByOrFail('action', 'mailbox.created')
    assert.equal(audit.entityId, String(body.id))
    assert.notInclude(JSON.stringify(audit.newValues), PASSWORD)

    const list = await client.get(URL).bearerToken(await bearer(desk.admin))
    list.assertStatus(200)
    assert.deepEqual(
      list.body().data.map((entry: { id: number }) => entry.id),
      [body.id]
    )
    assert.notInclude(JSON.stringify(list.body()), PASSWORD)
    const shown = await client.get(`${URL}/${body.id}`).bearerToken(await bearer(desk.admin))
    shown.assertStatus(200)
    assert.deepEqual(shown.body().data, body)

    // The answer has exactly the keys the OpenAPI document promises.
    const openapi = await client.get('/api/v1/openapi.json')
    assert.sameMembers(Object.keys(body), openapi.body().components.schemas.Mailbox.required)
  })

  test('takes every setting given', async ({ client, assert }) => {
    const desk = await helpdesk()
    const response = await client
      .post(URL)
      .bearerToken(await bearer(desk.admin))
      .json({
        ...minimal(desk.it.id),
        host: '192.0.2.10',
        port: 143,
        tls: 'starttls',
        verify_certificates: false,
        folder: 'Support/Incoming',
        after_fetch: 'delete',
        allow_cc_replies: true,
        loop_limit: 50,
        loop_window_minutes: 30,
        is_active: false,
      })
    response.assertStatus(201)
    assert.containsSubset(response.body().data, {
      host: '192.0.2.10',
      port: 143,
      tls: 'starttls',
      verify_certificates: false,
      folder: 'Support/Incoming',
      after_fetch: 'delete',
      allow_cc_replies: true,
      loop_limit: 50,
      loop_window_minutes: 30,
      is_active: false,
    })

    // The body parser turns blank text into null, which reads as "not given": the defaults apply.
    const blank = await client
      .post(URL)
      .bearerToken(await bearer(desk.admin))
      .json({ ...minimal(desk.it.id), name: 'Blank folders', folder: '  ', move_to: '' })
    blank.assertStatus(201)
    assert.containsSubset(blank.body().data, { folder: 'INBOX', move_to: 'Processed' })
  })

  test('refuses bad settings with a 422 per field', async ({ client, assert }) => {
    const desk = await helpdesk()
    const other = await organizationWithStaff()
    const foreign = await GroupFactory.merge({
      organizationId: other.organization.id,
      name: 'Elsewhere',
    }).create()
    const token = await bearer(desk.admin)

    const hostless: Record<string, unknown> = minimal(desk.it.id)
    delete hostless.host
    const bad = await client
      .post(URL)
      .bearerToken(token)
      .json({ ...hostless, port: 70000, tls: 'ssl' })
    bad.assertStatus(422)
    assert.equal(bad.body().code, 'E_VALIDATION_ERROR')
    assert.includeMembers(Object.keys(bad.body().details), ['host', 'port', 'tls'])

    for (const [field, value] of [
      ['host', 'imaps://imap.example.com:993'],
      ['port', 0],
      ['folder', 'x'.repeat(256)],
      ['move_to', 'y'.repeat(256)],
      ['after_fetch', 'archive'],
      ['loop_limit', 0],
    ] as const) {
      const response = await client
        .post(URL)
        .bearerToken(token)
        .json({ ...minimal(desk.it.id), [field]: value })
      assert.equal(response.status(), 422, `${field}: ${value}`)
      assert.deepEqual(Object.keys(response.body().details), [field], `${field}: ${value}`)
    }

    // Moving fetched mail into the folder it came from would fetch it again every round.
    const circular = await client
      .post(URL)
      .bearerToken(token)
      .json({ ...minimal(desk.it.id), folder: 'Support', move_to: 'support' })
    circular.assertStatus(422)
    assert.deepEqual(Object.keys(circular.body().details), ['move_to'])

    const crossing = await client.post(URL).bearerToken(token).json(minimal(foreign.id))
    crossing.assertStatus(422)
    assert.deepEqual(Object.keys(crossing.body().details), ['group_id'])

    const first = await client.post(URL).bearerToken(token).json(minimal(desk.it.id))
    first.assertStatus(201)
    const twice = await client.post(URL).bearerToken(token).json(minimal(desk.it.id))
    twice.assertStatus(422)
    assert.deepEqual(Object.keys(twice.body().details), ['name'])
    assert.lengthOf(await Mailbox.all(), 1)
  })

  test('an update changes what it is given and keeps the password when it is left out', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const token = await bearer(desk.admin)
    const created = await client.post(URL).bearerToken(token).json(minimal(desk.it.id))
    const id = created.body().data.id as number
    await Mailbox.query().where('id', id).update({ uid_validity: 7, last_uid: 120 })

    const moved = await client
      .put(`${URL}/${id}`)
      .bearerToken(token)
      .json({ folder: 'Support', group_id: desk.facilities.id, after_fetch: 'delete' })
    moved.assertStatus(200)
    assert.containsSubset(moved.body().data, {
      name: 'Support',
      folder: 'Support',
      group_id: desk.facilities.id,
      after_fetch: 'delete',
      password_set: true,
    })
    let stored = await Mailbox.findOrFail(id)
    assert.equal(stored.password(), PASSWORD)
    // Another folder: UIDs of the old one mean nothing there.
    assert.isNull(stored.lastUid)
    assert.isNull(stored.uidValidity)

    const newPassword = await client
      .put(`${URL}/${id}`)
      .bearerToken(token)
      .json({ password: 'another secret' })
    newPassword.assertStatus(200)
    stored = await Mailbox.findOrFail(id)
    assert.equal(stored.password(), 'another secret')
    const audit = await AuditLog.query()
      .where('action', 'mailbox.updated')
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.deepEqual(audit.newValues, { password: '[redacted]' })

    const refused = await client.put(`${URL}/${id}`).bearerToken(token).json({ tls: 'ssl' })
    refused.assertStatus(422)
    assert.deepEqual(Object.keys(refused.body().details), ['tls'])
  })

  test('delete removes the mailbox; a group a mailbox uses is deactivated, not deleted', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const token = await bearer(desk.admin)
    const created = await client.post(URL).bearerToken(token).json(minimal(desk.facilities.id))
    const id = created.body().data.id as number

    const groupDeletion = await client
      .delete(`/api/v1/admin/groups/${desk.facilities.id}`)
      .bearerToken(token)
    groupDeletion.assertStatus(200)
    assert.equal(groupDeletion.body().data.outcome, 'deactivated')

    const deleted = await client.delete(`${URL}/${id}`).bearerToken(token)
    deleted.assertStatus(204)
    assert.isNull(await Mailbox.find(id))
    assert.exists(await AuditLog.findBy('action', 'mailbox.deleted'))
    const gone = await client.get(`${URL}/${id}`).bearerToken(token)
    gone.assertStatus(404)
  })

  test('agents and customers are refused, outsiders are asked to sign in', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const created = await client
      .post(URL)
      .bearerToken(await bearer(desk.admin))
      .json(minimal(desk.it.id))
    const id = created.body().data.id as number
    // One after the other: a request is sent when it is awaited.
    const statuses = async (requests: PromiseLike<{ status(): number }>[]) => {
      const answers: number[] = []
      for (const request of requests) {
        answers.push(await request.then((response) => response.status()))
      }
      return answers
    }
    for (const user of [desk.agent, desk.customer]) {
      const token = await bearer(user)
      const answers = await statuses([
        client.get(URL).bearerToken(token),
        client.get(`${URL}/${id}`).bearerToken(token),
        client.post(URL).bearerToken(token).json(minimal(desk.it.id)),
        client.put(`${URL}/${id}`).bearerToken(token).json({ port: 1 }),
        client.delete(`${URL}/${id}`).bearerToken(token),
      ])
      assert.deepEqual(answers, [403, 403, 403, 403, 403], user.role)
    }
    const anonymous = await statuses([
      client.get(URL),
      client.post(URL).json(minimal(desk.it.id)),
      client.delete(`${URL}/${id}`),
    ])
    assert.deepEqual(anonymous, [401, 401, 401])
    assert.lengthOf(await Mailbox.all(), 1)
  })

  test("another organization's admin neither sees nor touches the mailbox", async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const created = await client
      .post(URL)
      .bearerToken(await bearer(desk.admin))
      .json(minimal(desk.it.id))
    const id = created.body().data.id as number
    const other = await organizationWithStaff()
    const token = await bearer(other.admin)

    const list = await client.get(URL).bearerToken(token)
    list.assertStatus(200)
    assert.deepEqual(list.body().data, [])
    const shown = await client.get(`${URL}/${id}`).bearerToken(token)
    shown.assertStatus(404)
    const updated = await client.put(`${URL}/${id}`).bearerToken(token).json({ port: 1 })
    updated.assertStatus(404)
    const deleted = await client.delete(`${URL}/${id}`).bearerToken(token)
    deleted.assertStatus(404)
    const stored = await Mailbox.findOrFail(id)
    assert.equal(stored.port, 993)
  })
})
