import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { GroupFactory, UserFactory } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { runPass, uploadImport } from '#tests/support/imports'

test.group('User import', (group) => {
  isolate(group)

  test('creates people without a password, with their role, department and groups', async ({
    assert,
  }) => {
    const { admin, organization, agent } = await organizationWithStaff()
    const it = await GroupFactory.merge({ organizationId: organization.id, name: 'IT' }).create()
    const outsider = await UserFactory.with('organization').create()
    const csv = [
      'E-Mail,Name,Role,Department,Teams,Language',
      'kim@example.com,Kim Agent,Agent,Support,IT,de',
      'lee@example.com,Lee,employee,Finance,,en',
      `${agent.email},Already Here,agent,,,`,
      `${outsider.email},Elsewhere,customer,,,`,
      'pat@example.com,Pat,superuser,,,',
      'sam@example.com,Sam,agent,,Facilities,',
    ].join('\n')
    const record = await uploadImport(admin, 'people.csv', csv, 'users')
    assert.deepEqual(Object.values(record.mapping), [
      'email',
      'name',
      'role',
      'department',
      'groups',
      'locale',
    ])

    const dry = await runPass(record.id, 'dry')
    assert.deepInclude(dry.serialize(), { createdRows: 2, skippedRows: 1, refusedRows: 3 })
    assert.isNull(await User.findBy('email', 'kim@example.com'))

    const done = await runPass(record.id, 'real')
    assert.deepInclude(done.serialize(), { createdRows: 2, skippedRows: 1, refusedRows: 3 })
    const kim = await User.findByOrFail('email', 'kim@example.com')
    assert.deepInclude(kim.serialize(), {
      role: 'agent',
      department: 'Support',
      locale: 'de',
      organizationId: organization.id,
    })
    assert.isNull(kim.password)
    const membership = await db.from('group_members').where('user_id', kim.id).select('group_id')
    assert.deepEqual(
      membership.map((row) => row.group_id),
      [it.id]
    )
    const lee = await User.findByOrFail('email', 'lee@example.com')
    assert.equal(lee.role, 'customer')

    const refused = await db
      .from('import_notes')
      .where('import_id', record.id)
      .where('pass', 'real')
      .where('kind', 'refused')
      .orderBy('row_number')
    assert.deepEqual(
      refused.map((note) => [note.row_number, note.column]),
      [
        [4, 'E-Mail'],
        [5, 'Role'],
        [6, 'Teams'],
      ]
    )
    const untouched = await User.findByOrFail('email', outsider.email)
    assert.equal(untouched.organizationId, outsider.organizationId)
  })

  test('groups named in the file are created when allowed', async ({ assert }) => {
    const { admin, organization } = await organizationWithStaff()
    const record = await uploadImport(
      admin,
      'p.csv',
      'email,role,groups\nsam@example.com,agent,Facilities; Night shift\n',
      'users',
      {
        createMissing: true,
      }
    )
    await runPass(record.id, 'real')
    const sam = await User.findByOrFail('email', 'sam@example.com')
    const groups = await db
      .from('group_members')
      .join('groups', 'groups.id', 'group_members.group_id')
      .where('user_id', sam.id)
      .where('groups.organization_id', organization.id)
      .orderBy('groups.name')
      .select('groups.name')
    assert.deepEqual(
      groups.map((row) => row.name),
      ['Facilities', 'Night shift']
    )
  })
})
