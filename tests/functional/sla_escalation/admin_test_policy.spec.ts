import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import { isolate } from '#tests/support/world'
import { UserFactory } from '#database/factories/main'
import Installations from '#platform/installations'
import { systemContext } from '#services/request_context'
import { simulate } from '#plugins/sla-escalation/clock/simulation'
import { addPolicy } from './sla_world.js'
import { adminWorld, expectStatus, send, SLA } from './admin_world.js'

const EXAMPLE = new URL('../../../plugins/sla-escalation/examples/simulate.json', import.meta.url)

test.group('SLA admin: Test an SLA policy', (group) => {
  isolate(group)

  test("the page starts from the organization's configuration and shows simulate()'s answer", async ({
    client,
    assert,
  }) => {
    const world = await adminWorld()
    await addPolicy(world.run, {
      name: 'IT hardware',
      conditions: { priority: ['high'], group: [world.it.id], category: [world.hardware.id] },
      calendarId: world.berlin,
      firstResponseMinutes: 60,
      resolutionMinutes: 480,
    })
    const page = await client.get(`${SLA}/test`).loginAs(world.admin).withInertia()
    page.assertStatus(200)
    assert.equal(page.inertiaProps.component, 'SlaTestPolicy')
    assert.equal(page.inertiaProps.title, 'Test an SLA policy')
    const data = page.inertiaProps.data
    assert.isFalse(data.edited)
    const input = JSON.parse(data.input)
    assert.equal(input.calendar.timezone, 'Europe/Berlin')
    assert.deepEqual(input.policies[0].conditions, {
      priority: ['high'],
      group: ['IT'],
      category: ['Hardware'],
    })
    assert.deepInclude(input.ticket, { priority: 'high', group: 'IT', category: 'Hardware' })
    assert.deepEqual(data.output, simulate(input))
    assert.equal(data.output.policy, 'IT hardware')
    assert.isNull(data.error)
  })

  test('a run answers exactly what simulate() answers for that input, and keeps the input', async ({
    client,
    assert,
  }) => {
    const world = await adminWorld()
    const example = await readFile(EXAMPLE, 'utf8')
    const run = await send(client, 'post', `${SLA}/test`, world.admin, { input: example })
    run.assertStatus(302)
    run.assertHeader('location', `${SLA}/test`)

    const page = await client.get(`${SLA}/test`).loginAs(world.admin).withInertia()
    const data = page.inertiaProps.data
    assert.isTrue(data.edited)
    // The body parser trims text fields: the file's final newline goes.
    assert.equal(data.input, example.trim())
    assert.deepEqual(data.output, simulate(JSON.parse(example)))
    assert.equal(data.output.first_response.due_at, '2026-12-28T08:30:00Z')

    // Another admin of the same organization still starts from the configuration.
    const colleague = await UserFactory.apply('admin')
      .merge({ organizationId: world.organization.id })
      .create()
    const theirs = await client.get(`${SLA}/test`).loginAs(colleague).withInertia()
    assert.isFalse(theirs.inertiaProps.data.edited)

    const reset = await send(client, 'delete', `${SLA}/test`, world.admin)
    reset.assertStatus(302)
    const again = await client.get(`${SLA}/test`).loginAs(world.admin).withInertia()
    assert.isFalse(again.inertiaProps.data.edited)
  })

  test('a bad input shows the field to fix; JSON that does not parse says so', async ({
    client,
    assert,
  }) => {
    const world = await adminWorld()
    const example = JSON.parse(await readFile(EXAMPLE, 'utf8'))
    example.events[2].at = '2026-12-28 10:00'
    await send(client, 'post', `${SLA}/test`, world.admin, { input: JSON.stringify(example) })
    const page = await client.get(`${SLA}/test`).loginAs(world.admin).withInertia()
    assert.isNull(page.inertiaProps.data.output)
    assert.deepEqual(page.inertiaProps.data.error, {
      field: 'events.2.at',
      message: 'events.2.at: not an ISO 8601 time with an offset (e.g. 2025-03-28T09:30:00Z)',
    })

    await send(client, 'post', `${SLA}/test`, world.admin, { input: '{"calendar": ' })
    const broken = await client.get(`${SLA}/test`).loginAs(world.admin).withInertia()
    assert.equal(broken.inertiaProps.data.error.field, 'input')
    assert.match(broken.inertiaProps.data.error.message, /^This is not valid JSON/)

    const huge = await send(client, 'post', `${SLA}/test`, world.admin, {
      input: 'x'.repeat(100_001),
    })
    huge.assertFieldError('input', 'at most 100000 characters')
  })

  test('agents get 403; switched off, 404', async ({ client }) => {
    const world = await adminWorld()
    await expectStatus(client.get(`${SLA}/test`).loginAs(world.agent).redirects(0), 403)
    await expectStatus(send(client, 'post', `${SLA}/test`, world.agent, { input: '{}' }), 403)
    await Installations.disable(world.organization.id, 'sla-escalation', systemContext)
    await expectStatus(client.get(`${SLA}/test`).loginAs(world.admin), 404)
  })
})
