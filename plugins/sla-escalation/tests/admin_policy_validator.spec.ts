import { test } from '@japa/runner'
import type { HostUser } from '#platform/sdk'
import { checkPolicy, type PolicyLookups } from '../admin/policy_checks.js'
import { validatePolicyShape } from '../admin/policy_validator.js'
import { fieldErrors, policyForm } from './admin_helpers.js'

const person = (id: number, fields: Partial<HostUser>): HostUser => ({
  id,
  organizationId: 1,
  name: `Person ${id}`,
  email: `p${id}@example.com`,
  role: 'agent',
  authSource: 'local',
  active: true,
  externalId: null,
  department: null,
  directoryGroups: [],
  groupIds: [],
  ...fields,
})

/** IT (Hardware) and Facilities (Building); Ann is in IT, Bob in Facilities. */
const people = new Map([
  [100, person(100, { name: 'Ann', groupIds: [1] })],
  [101, person(101, { name: 'Bob', groupIds: [2] })],
  [102, person(102, { name: 'Cy', role: 'customer' })],
  [103, person(103, { name: 'Dee', active: false, groupIds: [1] })],
])
const lookups: PolicyLookups = {
  isNameTaken: async (name) => name === 'Taken',
  calendarExists: async (id) => id === 1,
  groups: [
    { id: 1, name: 'IT', categories: [{ id: 11, name: 'Hardware', subcategories: [] }] },
    { id: 2, name: 'Facilities', categories: [{ id: 21, name: 'Building', subcategories: [] }] },
  ],
  findUser: async (id) => people.get(id) ?? null,
}

async function validate(body: unknown) {
  return checkPolicy(await validatePolicyShape(body), lookups)
}

test.group('Admin policy form: validation', () => {
  test('a valid policy is stored with its ladder; a step keeps its id, a new one gets one', async ({
    assert,
  }) => {
    const input = await validate(policyForm())
    assert.deepInclude(input, {
      name: 'Urgent',
      conditions: { priority: ['high', 'critical'], group: [], category: [] },
      calendarId: 1,
      firstResponseMinutes: 60,
      nextResponseMinutes: null,
      resolutionMinutes: 480,
      nextResponseMode: 'after_customer',
    })
    assert.deepEqual(input.ladder[0], {
      id: 'step-warn',
      target: 'first_response',
      when: 'before',
      minutes: 15,
      actions: [{ type: 'email', to: 'assignee', userIds: [] }],
    })
    assert.match(input.ladder[1].id, /^[0-9a-f-]{36}$/)
    assert.deepEqual(input.ladder[1].actions, [
      { type: 'reassign', groupId: 1, userId: 100 },
      { type: 'priority', level: 'raise' },
      { type: 'note', body: 'Missed the first response.' },
    ])
  })

  test('two steps sent with the same id keep it once; the second gets a fresh one', async ({
    assert,
  }) => {
    const form = policyForm()
    form.ladder[1].id = 'step-warn'
    const input = await validate(form)
    assert.equal(input.ladder[0].id, 'step-warn')
    assert.notEqual(input.ladder[1].id, 'step-warn')
  })

  test('targets: empty means not set, and at least one must be set; whole minutes above 0', async ({
    assert,
  }) => {
    const none = await fieldErrors(
      validate(policyForm({ firstResponseMinutes: null, resolutionMinutes: null, ladder: [] }))
    )
    assert.match(none.firstResponseMinutes, /Set at least one target/)
    const bad = await fieldErrors(
      validate(policyForm({ firstResponseMinutes: 0, resolutionMinutes: 2.5 }))
    )
    assert.match(bad.firstResponseMinutes, /whole number of business minutes above 0/)
    assert.match(bad.resolutionMinutes, /whole number of business minutes above 0/)
  })

  test("ids must be the organization's: groups, categories, calendar", async ({ assert }) => {
    const errors = await fieldErrors(
      validate(
        policyForm({ calendarId: 9, conditions: { priority: [], group: [1, 999], category: [] } })
      )
    )
    assert.equal(errors.calendarId, 'Choose one of the listed calendars.')
    assert.match(errors['conditions.group'], /not a group of yours/)
    const categories = await fieldErrors(
      validate(policyForm({ conditions: { priority: [], group: [], category: [77] } }))
    )
    assert.match(categories['conditions.category'], /not a category of yours/)
  })

  test('a category of a group the policy leaves out is refused: it could never match', async ({
    assert,
  }) => {
    const errors = await fieldErrors(
      validate(policyForm({ conditions: { priority: [], group: [1], category: [21] } }))
    )
    assert.equal(
      errors['conditions.category'],
      '"Building" belongs to the group "Facilities", which this policy leaves out: no ticket could match it.'
    )
  })

  test('a step must watch a target the policy sets; a 0-minute warning is refused', async ({
    assert,
  }) => {
    const form = policyForm()
    form.ladder[0] = { ...form.ladder[0], target: 'next_response', minutes: 0 }
    const errors = await fieldErrors(validate(form))
    assert.match(errors['ladder.0.target'], /sets no next response target/)
    assert.match(errors['ladder.0.minutes'], /at least 1 minute before the due time/)
  })

  test('two steps at the same moment for one target are refused on the second', async ({
    assert,
  }) => {
    const form = policyForm()
    form.ladder[1] = { ...form.ladder[1], when: 'before', minutes: 15 }
    const errors = await fieldErrors(validate(form))
    assert.match(errors['ladder.1.minutes'], /Another step already fires at this moment/)
  })

  test('at most 10 steps and 5 actions a step; a step needs an action', async ({ assert }) => {
    const step = policyForm().ladder[0]
    const steps = Array.from({ length: 11 }, (_, index) => ({ ...step, minutes: index + 1 }))
    const tooMany = await fieldErrors(validate(policyForm({ ladder: steps })))
    assert.equal(tooMany.ladder, 'A ladder can have at most 10 steps.')

    const actions = Array.from({ length: 6 }, () => ({ type: 'priority', level: 'raise' }))
    const crowded = await fieldErrors(validate(policyForm({ ladder: [{ ...step, actions }] })))
    assert.equal(crowded['ladder.0.actions'], 'A step can have at most 5 actions.')
    const empty = await fieldErrors(validate(policyForm({ ladder: [{ ...step, actions: [] }] })))
    assert.equal(empty['ladder.0.actions'], 'Give the step at least one action.')
  })

  test('actions: an unknown kind, an empty note, named agents who are not active staff', async ({
    assert,
  }) => {
    const step = policyForm().ladder[0]
    const withActions = (actions: unknown[]) => policyForm({ ladder: [{ ...step, actions }] })
    const unknown = await fieldErrors(validate(withActions([{ type: 'sms', to: 'assignee' }])))
    assert.deepEqual(unknown, { 'ladder.0.actions.0': 'Choose what this action does.' })
    const note = await fieldErrors(validate(withActions([{ type: 'note', body: '   ' }])))
    assert.deepEqual(note, { 'ladder.0.actions.0.body': 'Write the note.' })

    // Cy is a customer, Dee is deactivated.
    const staff = await fieldErrors(
      validate(
        withActions([
          { type: 'email', to: 'agents', userIds: [100, 102] },
          { type: 'email', to: 'agents', userIds: [] },
          { type: 'email', to: 'agents', userIds: [103] },
        ])
      )
    )
    assert.deepEqual(staff, {
      'ladder.0.actions.0.userIds':
        'Choose agents from the list: one is not an active agent or admin of yours.',
      'ladder.0.actions.1.userIds': 'Choose at least one agent.',
      'ladder.0.actions.2.userIds':
        'Choose agents from the list: one is not an active agent or admin of yours.',
    })
  })

  test('reassign: something to do, a group of yours, an agent who is a member of it', async ({
    assert,
  }) => {
    const step = policyForm().ladder[1]
    const reassign = (groupId: number | null, userId: number | null) => ({
      type: 'reassign',
      groupId,
      userId,
    })
    const errors = await fieldErrors(
      validate(
        policyForm({
          ladder: [
            {
              ...step,
              actions: [
                reassign(null, null),
                reassign(999, null),
                reassign(1, 101),
                reassign(null, 102),
              ],
            },
          ],
        })
      )
    )
    assert.deepEqual(errors, {
      'ladder.0.actions.0.groupId': 'Choose a group, an agent, or both.',
      'ladder.0.actions.1.groupId': 'Choose one of the listed groups.',
      'ladder.0.actions.2.userId':
        'Bob is not a member of "IT": choose one of its members, or no agent.',
      'ladder.0.actions.3.userId': 'Choose one of the listed agents.',
    })
  })

  test('the name is required and unique', async ({ assert }) => {
    const blank = await fieldErrors(validate(policyForm({ name: '' })))
    assert.equal(blank.name, 'Give the policy a name.')
    const taken = await fieldErrors(validate(policyForm({ name: 'Taken' })))
    assert.equal(taken.name, 'Another policy already has this name.')
  })
})
