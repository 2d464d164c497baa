import { test } from '@japa/runner'
import { isolate } from '#tests/support/world'
import { GroupFactory } from '#database/factories/main'
import Installations from '#platform/installations'
import { systemContext } from '#services/request_context'
import Policies from '#plugins/sla-escalation/data/policies'
import { addPolicy } from './sla_world.js'
import { adminWorld, expectStatus, policyBody, send, SLA } from './admin_world.js'

/** A ladder as the form sends it: a warning to the assignee, then a breach that escalates. */
function twoSteps(groupId: number, agentId: number) {
  return [
    {
      id: '',
      target: 'first_response',
      when: 'before',
      minutes: 15,
      actions: [{ type: 'email', to: 'assignee', userIds: [] }],
    },
    {
      id: '',
      target: 'first_response',
      when: 'after',
      minutes: 0,
      actions: [
        { type: 'reassign', groupId, userId: agentId },
        { type: 'email', to: 'agents', userIds: [agentId] },
        { type: 'priority', level: 'critical' },
        { type: 'note', body: 'First response missed: escalated.' },
      ],
    },
  ]
}

test.group('SLA admin: policies', (group) => {
  isolate(group)

  test('an admin creates a policy with a two-step ladder and edits it; step ids stay', async ({
    client,
    assert,
  }) => {
    const world = await adminWorld()
    const policies = new Policies(world.run.context.db)
    await world.run.context.store.delete('recompute:requested')

    const body = policyBody(world.berlin, {
      conditions: { priority: ['high'], group: [world.it.id], category: [world.hardware.id] },
      ladder: twoSteps(world.it.id, world.agent.id),
    })
    const created = await send(
      client,
      'post',
      `${SLA}/policies`,
      world.admin,
      body,
      `${SLA}/policies/new`
    )
    created.assertStatus(302)
    created.assertHeader('location', `${SLA}/policies`)
    created.assertToast('success', 'Policy "Urgent" created.')
    assert.isNotNull(await world.run.context.store.get('recompute:requested'))

    const [stored] = await policies.list()
    assert.deepInclude(stored, {
      name: 'Urgent',
      conditions: { priority: ['high'], group: [world.it.id], category: [world.hardware.id] },
      calendarId: world.berlin,
      firstResponseMinutes: 60,
      resolutionMinutes: 480,
      nextResponseMinutes: null,
    })
    assert.lengthOf(stored.ladder, 2)
    assert.deepEqual(stored.ladder[1].actions, [
      { type: 'reassign', groupId: world.it.id, userId: world.agent.id },
      { type: 'email', to: 'agents', userIds: [world.agent.id] },
      { type: 'priority', level: 'critical' },
      { type: 'note', body: 'First response missed: escalated.' },
    ])
    const [warningId, breachId] = stored.ladder.map((step) => step.id)
    assert.notEqual(warningId, breachId)

    // The edit form gets the policy with its step ids, and what it may pick from.
    const form = await client
      .get(`${SLA}/policies/${stored.id}/edit`)
      .loginAs(world.admin)
      .withInertia()
    form.assertStatus(200)
    assert.equal(form.inertiaProps.component, 'SlaPolicyForm')
    const data = form.inertiaProps.data
    assert.deepEqual(
      data.policy.ladder.map((step: { id: string }) => step.id),
      [warningId, breachId]
    )
    assert.sameMembers(
      data.agents.map((agent: { id: number }) => agent.id),
      [world.admin.id, world.agent.id],
      'active agents and admins, no customers, no other organization'
    )
    assert.deepEqual(
      data.agents.find((agent: { id: number }) => agent.id === world.agent.id).groupIds,
      [world.it.id]
    )
    assert.deepEqual(
      data.groups.map((each: { name: string }) => each.name),
      ['Facilities', 'IT']
    )
    assert.deepEqual(
      data.calendars.map((each: { name: string }) => each.name),
      ['24/7', 'Berlin office']
    )

    // Saved again: the breach step is kept (its id sent back), the warning dropped, a new one added.
    const edited = await send(
      client,
      'put',
      `${SLA}/policies/${stored.id}`,
      world.admin,
      policyBody(world.berlin, {
        name: 'Urgent IT',
        nextResponseMinutes: 120,
        nextResponseMode: 'between_updates',
        ladder: [
          { ...data.policy.ladder[1], minutes: 30 },
          {
            id: '',
            target: 'next_response',
            when: 'after',
            minutes: 10,
            actions: [{ type: 'email', to: 'group', userIds: [] }],
          },
        ],
      })
    )
    edited.assertStatus(302)
    edited.assertToast('success', 'Policy "Urgent IT" saved.')
    const saved = (await policies.find(stored.id))!
    assert.equal(saved.nextResponseMode, 'between_updates')
    assert.equal(saved.ladder[0].id, breachId)
    assert.equal(saved.ladder[0].minutes, 30)
    assert.notInclude([warningId, breachId], saved.ladder[1].id)
  })

  test('the list is in order; moving a policy up or down reorders it and recomputes', async ({
    client,
    assert,
  }) => {
    const world = await adminWorld()
    for (const name of ['First', 'Second', 'Third']) {
      await addPolicy(world.run, { name, calendarId: world.berlin, firstResponseMinutes: 60 })
    }
    const policies = new Policies(world.run.context.db)
    const listed = await policies.list()
    const third = listed[2]
    await world.run.context.store.delete('recompute:requested')

    const moved = await send(
      client,
      'post',
      `${SLA}/policies/${third.id}/move`,
      world.admin,
      { direction: 'up' },
      `${SLA}/policies`
    )
    moved.assertStatus(302)
    moved.assertHeader('location', `${SLA}/policies`)
    assert.isNotNull(await world.run.context.store.get('recompute:requested'))

    const page = await client.get(`${SLA}/policies`).loginAs(world.admin).withInertia()
    assert.equal(page.inertiaProps.title, 'SLA policies')
    assert.deepEqual(
      page.inertiaProps.data.policies.map((policy: { name: string }) => policy.name),
      ['First', 'Third', 'Second']
    )
    assert.equal(page.inertiaProps.data.policies[1].calendarName, 'Berlin office')
    assert.isTrue(page.inertiaProps.data.recompute.running, 'the page says clocks are catching up')

    const [first] = await policies.list()
    await send(client, 'post', `${SLA}/policies/${first.id}/move`, world.admin, { direction: 'up' })
    await send(client, 'post', `${SLA}/policies/${first.id}/move`, world.admin, {
      direction: 'down',
    })
    const reordered = await policies.list()
    assert.deepEqual(
      reordered.map((policy) => policy.name),
      ['Third', 'First', 'Second'],
      'the top one cannot go higher; down swaps it with the next'
    )
    const sideways = await send(client, 'post', `${SLA}/policies/${first.id}/move`, world.admin, {
      direction: 'left',
    })
    sideways.assertStatus(302)
    sideways.assertFieldError('direction')
  })

  test('an admin deletes a policy', async ({ client, assert }) => {
    const world = await adminWorld()
    const id = await addPolicy(world.run, {
      name: 'Old',
      calendarId: world.berlin,
      firstResponseMinutes: 60,
    })
    const deleted = await send(
      client,
      'delete',
      `${SLA}/policies/${id}`,
      world.admin,
      {},
      `${SLA}/policies`
    )
    deleted.assertStatus(302)
    deleted.assertToast('success', 'Policy "Old" deleted.')
    assert.isNull(await new Policies(world.run.context.db).find(id))
  })

  test('validation errors come back on the fields: targets, ladder steps and their actions', async ({
    client,
    assert,
  }) => {
    const world = await adminWorld()
    const ladder = twoSteps(world.facilities.id, world.agent.id)
    ladder[0].target = 'next_response'
    const refused = await send(
      client,
      'post',
      `${SLA}/policies`,
      world.admin,
      policyBody(world.berlin, {
        name: '',
        firstResponseMinutes: 90,
        resolutionMinutes: -5,
        ladder,
      }),
      `${SLA}/policies/new`
    )
    refused.assertStatus(302)
    refused.assertHeader('location', `${SLA}/policies/new`)
    // The shape first: name and the resolution minutes.
    assert.deepEqual(refused.fieldErrors(), {
      name: ['Give the policy a name.'],
      resolutionMinutes: ['Enter a whole number of business minutes above 0, or leave it empty.'],
    })

    const rules = await send(
      client,
      'post',
      `${SLA}/policies`,
      world.admin,
      policyBody(world.berlin, { ladder }),
      `${SLA}/policies/new`
    )
    assert.deepEqual(rules.fieldErrors(), {
      'ladder.0.target': [
        'This policy sets no next response target: set it above, or watch another target.',
      ],
      'ladder.1.actions.0.userId': [
        `${world.agent.name} is not a member of "Facilities": choose one of its members, or no agent.`,
      ],
    })
    assert.lengthOf(await new Policies(world.run.context.db).list(), 0)
  })

  test("another organization's group, category, calendar or agent is refused", async ({
    client,
    assert,
  }) => {
    const world = await adminWorld()
    const theirs = await GroupFactory.merge({
      organizationId: world.other.organization.id,
      name: 'Their IT',
    }).create()
    const refused = await send(
      client,
      'post',
      `${SLA}/policies`,
      world.admin,
      policyBody(world.berlin, {
        conditions: { priority: [], group: [theirs.id], category: [] },
        ladder: [
          {
            id: '',
            target: 'resolution',
            when: 'after',
            minutes: 0,
            actions: [
              { type: 'reassign', groupId: theirs.id, userId: null },
              { type: 'email', to: 'agents', userIds: [world.other.agent.id] },
            ],
          },
        ],
      })
    )
    assert.deepEqual(refused.fieldErrors(), {
      'conditions.group': ['Choose groups from the list: one is not a group of yours.'],
      'ladder.0.actions.0.groupId': ['Choose one of the listed groups.'],
      'ladder.0.actions.1.userIds': [
        'Choose agents from the list: one is not an active agent or admin of yours.',
      ],
    })

    // Their calendar (the other organization's default) is not one of ours either.
    const page = await client.get(`${SLA}/calendars`).loginAs(world.other.admin).withInertia()
    const theirCalendar = page.inertiaProps.data.calendars[0].id
    const calendar = await send(
      client,
      'post',
      `${SLA}/policies`,
      world.admin,
      policyBody(theirCalendar)
    )
    calendar.assertFieldError('calendarId', 'Choose one of the listed calendars.')
    assert.lengthOf(await new Policies(world.run.context.db).list(), 0)
  })

  test("another organization's admin gets 404 for this organization's policy", async ({
    client,
    assert,
  }) => {
    const world = await adminWorld()
    const id = await addPolicy(world.run, {
      name: 'Ours',
      calendarId: world.berlin,
      firstResponseMinutes: 60,
    })
    const stranger = world.other.admin
    await expectStatus(client.get(`${SLA}/policies/${id}/edit`).loginAs(stranger), 404)
    await expectStatus(
      send(client, 'put', `${SLA}/policies/${id}`, stranger, policyBody(world.berlin)),
      404
    )
    await expectStatus(
      send(client, 'post', `${SLA}/policies/${id}/move`, stranger, { direction: 'up' }),
      404
    )
    await expectStatus(send(client, 'delete', `${SLA}/policies/${id}`, stranger), 404)
    const stillOurs = await new Policies(world.run.context.db).find(id)
    assert.equal(stillOurs?.name, 'Ours')
  })

  test('agents get 403; once the plugin is switched off the pages answer 404', async ({
    client,
  }) => {
    const world = await adminWorld()
    const id = await addPolicy(world.run, {
      name: 'Ours',
      calendarId: world.berlin,
      firstResponseMinutes: 60,
    })
    for (const url of [`${SLA}/policies`, `${SLA}/policies/new`, `${SLA}/policies/${id}/edit`]) {
      await expectStatus(client.get(url).loginAs(world.agent).redirects(0), 403)
    }
    await expectStatus(
      send(client, 'post', `${SLA}/policies`, world.agent, policyBody(world.berlin)),
      403
    )
    await expectStatus(send(client, 'delete', `${SLA}/policies/${id}`, world.agent), 403)

    await Installations.disable(world.organization.id, 'sla-escalation', systemContext)
    await expectStatus(client.get(`${SLA}/policies`).loginAs(world.admin), 404)
    await expectStatus(send(client, 'delete', `${SLA}/policies/${id}`, world.admin), 404)
  })
})
