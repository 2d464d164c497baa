import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { runCommand, runSchedule } from '#platform/sdk/testing'
import { isolate } from '#tests/support/world'
import { directoryDesk, type DirectoryDesk } from '#tests/support/ldap_sso'
import { addEntry, deleteEntry, modifyEntry } from '#tests/support/slapd'
import plugin from '#plugins/ldap-sso/plugin'
import { runSync } from '#plugins/ldap-sso/sync/run_sync'
import type { Context } from '#plugins/ldap-sso/types'

const PEOPLE = 'ou=people,dc=planetexpress,dc=com'
const FRY = `cn=Philip J. Fry,${PEOPLE}`

function planetexpress(maxDeactivateShare?: number) {
  return directoryDesk('planetexpress', ({ crew, office }) => ({
    mappings: [
      { directoryGroup: 'ship_crew', role: 'agent', groupIds: [crew.id] },
      { directoryGroup: 'admin_staff', role: 'admin', groupIds: [office.id] },
    ],
    ...(maxDeactivateShare === undefined ? {} : { maxDeactivateShare }),
  }))
}

const directoryUsers = (desk: DirectoryDesk) =>
  User.query()
    .where('organization_id', desk.organization.id)
    .where('auth_source', 'ldap-sso')
    .preload('groups')
    .orderBy('email')

function auditRows(desk: DirectoryDesk, action?: string) {
  const query = db.from('audit_logs').where('organization_id', desk.organization.id)
  return action ? query.where('action', action) : query
}

async function countWhere(desk: DirectoryDesk, active: boolean) {
  const users = await directoryUsers(desk)
  return users.filter((user) => user.isActive === active).length
}

test.group('LDAP sync against a real slapd', (group) => {
  isolate(group)

  test('the preview lists every change with its reason and writes nothing; the sync then creates everyone with their role and teams, audited as the plugin; a second sync changes and writes nothing', async ({
    assert,
  }) => {
    const desk = await planetexpress()
    const preview = await runCommand(plugin, 'sync', desk.run, { dryRun: true })
    assert.match(
      preview[0],
      /^Preview \(nothing written\): 7 people in the directory; 7 to create, 0 to update, 0 to deactivate, 0 skipped$/
    )
    assert.include(preview.join('\n'), '  create fry@planetexpress.com: new in the directory')
    assert.lengthOf(await directoryUsers(desk), 0)

    const synced = await runCommand(plugin, 'sync', desk.run)
    assert.match(synced[0], /^done: 7 people/)
    const users = await directoryUsers(desk)
    assert.deepEqual(
      users.map((user) => [user.email, user.role, user.groups.map((team) => team.name).join()]),
      [
        ['amy@planetexpress.com', 'customer', ''],
        ['bender@planetexpress.com', 'agent', 'Crew'],
        ['fry@planetexpress.com', 'agent', 'Crew'],
        ['hermes@planetexpress.com', 'admin', 'Office'],
        ['leela@planetexpress.com', 'agent', 'Crew'],
        ['professor@planetexpress.com', 'admin', 'Office'],
        ['zoidberg@planetexpress.com', 'customer', ''],
      ]
    )
    assert.isTrue(users.every((user) => user.externalId && user.isActive && user.password === null))
    assert.lengthOf(await auditRows(desk, 'user.created'), 7)

    const before = await auditRows(desk)
    const stamps = users.map((user) => user.updatedAt.toISO())
    const again = await runCommand(plugin, 'sync', desk.run)
    assert.match(again[0], /0 to create, 0 to update, 0 to deactivate/)
    assert.lengthOf(await auditRows(desk), before.length, 'no audit row')
    const after = await directoryUsers(desk)
    assert.deepEqual(
      after.map((user) => user.updatedAt.toISO()),
      stamps,
      'no user written'
    )

    // As the schedule runs it, a sync with nothing to change writes nothing at all, not even its run.
    const runs = await db.from('ldap_sso_runs').where('organization_id', desk.organization.id)
    const scheduled = await runSync(desk.context, { trigger: 'schedule' })
    assert.equal(scheduled.status, 'done')
    const runsAfter = await db.from('ldap_sso_runs').where('organization_id', desk.organization.id)
    assert.lengthOf(runsAfter, runs.length)
  }).timeout(60_000)

  test('a leaver is deactivated by the next sync and their tokens stop working at once; back in the directory, they are reactivated', async ({
    client,
    assert,
  }) => {
    const desk = await planetexpress(0.5)
    await runSync(desk.context, { trigger: 'command' })
    const fry = await User.findByOrFail('email', 'fry@planetexpress.com')
    const issued = await User.accessTokens.create(fry)
    const token = issued.value!.release()
    await client
      .get('/api/v1/tickets')
      .bearerToken(token)
      .then((response) => response.assertStatus(200))

    await deleteEntry(desk.ldap, FRY)
    const outcome = await runSync(desk.context, { trigger: 'command' })
    assert.equal(outcome.status, 'done')
    assert.deepInclude(outcome.changes[0], {
      kind: 'deactivate',
      email: 'fry@planetexpress.com',
      reason: 'no longer in the directory, or no longer matches the user filter',
    })
    await fry.refresh()
    assert.isFalse(fry.isActive)
    await client
      .get('/api/v1/tickets')
      .bearerToken(token)
      .then((response) => response.assertStatus(401))
    const [audit] = await auditRows(desk, 'user.deactivated')
    assert.equal(audit?.entity_id, fry.id)

    // Back in the directory (a new entry: a new entryUUID): the same account, reactivated.
    await addEntry(desk.ldap, FRY, {
      objectClass: ['inetOrgPerson'],
      cn: 'Philip J. Fry',
      sn: 'Fry',
      uid: 'fry',
      mail: 'fry@planetexpress.com',
      userPassword: 'fry',
    })
    const back = await runSync(desk.context, { trigger: 'command' })
    assert.deepInclude(back.changes[0], { kind: 'update', email: 'fry@planetexpress.com' })
    assert.match(back.changes[0].reason, /back in the directory/)
    await fry.refresh()
    assert.isTrue(fry.isActive)
    assert.equal(await countWhere(desk, true), 7)
  }).timeout(60_000)

  test('someone moved between groups changes role and teams at the next sync', async ({
    assert,
  }) => {
    const desk = await planetexpress()
    await runSync(desk.context, { trigger: 'command' })
    await modifyEntry(desk.ldap, `cn=ship_crew,${PEOPLE}`, { delete: { member: FRY } })
    await modifyEntry(desk.ldap, `cn=admin_staff,${PEOPLE}`, { add: { member: FRY } })
    const outcome = await runSync(desk.context, { trigger: 'command' })
    assert.deepEqual(
      outcome.changes.map((change) => [change.kind, change.email, change.reason]),
      [['update', 'fry@planetexpress.com', 'role agent → admin; teams changed']]
    )
    const fry = await User.query()
      .where('email', 'fry@planetexpress.com')
      .preload('groups')
      .firstOrFail()
    assert.equal(fry.role, 'admin')
    assert.deepEqual(
      fry.groups.map((team) => team.name),
      ['Office']
    )
  }).timeout(60_000)

  test('a sync that would deactivate more than maxDeactivateShare deactivates nobody and waits; Sync anyway (or --force) goes ahead', async ({
    client,
    assert,
  }) => {
    const desk = await planetexpress()
    await runSync(desk.context, { trigger: 'command' })
    // A broken filter: nobody matches any more.
    const broken = { ...desk.settings, userFilter: '(objectClass=nothingLikeThis)' }
    const context = { ...desk.context, settings: broken } as Context
    const held = await runSync(context, { trigger: 'schedule' })
    assert.equal(held.status, 'held')
    assert.match(held.error!, /would deactivate 7 of 7 directory accounts, more than 10 %/)
    assert.equal(await countWhere(desk, false), 0)
    await assert.rejects(
      () => runCommand(plugin, 'sync', { ...desk.run, context }),
      /held until an admin confirms/
    )

    // The admin sees the held run and presses Sync anyway; the worker's schedule runs it.
    const page = await client.get('/plugins/ldap-sso/admin').loginAs(desk.admin).withInertia()
    assert.equal(page.inertiaProps.data.runs[0].status, 'held')
    await client
      .post('/plugins/ldap-sso/sync-anyway')
      .loginAs(desk.admin)
      .withCsrfToken()
      .redirects(0)
      .then((response) => response.assertStatus(302))
    await runSchedule(plugin, 'sync', { ...desk.run, context })
    assert.equal(await countWhere(desk, true), 0)
  }).timeout(60_000)

  test('a directory that fails during the sync changes nothing and the run says why', async ({
    assert,
  }) => {
    const desk = await planetexpress(1)
    await runSync(desk.context, { trigger: 'command' })
    await desk.ldap.kill()
    const outcome = await runSync(desk.context, { trigger: 'schedule' })
    assert.equal(outcome.status, 'failed')
    assert.match(outcome.error!, /^Nothing was changed\. The directory could not be reached/)
    assert.equal(await countWhere(desk, false), 0)

    await desk.ldap.restart()
    const wrongPassword = {
      ...desk.context,
      settings: { ...desk.settings, bindPassword: 'nope' },
    } as Context
    const refused = await runSync(wrongPassword, { trigger: 'manual' })
    assert.equal(
      refused.error,
      'Nothing was changed. The directory refused the service account cn=admin,dc=planetexpress,dc=com: wrong bind DN or password.'
    )
  }).timeout(60_000)

  test('a directory that stops a search at its size limit aborts the sync: nothing is changed and the run says what to fix', async ({
    assert,
  }) => {
    const desk = await directoryDesk('planetexpress', () => ({ maxDeactivateShare: 1 }), {
      sizeLimit: 3,
      pagedSizeLimit: true,
    })
    // The admin (root) account ignores limits: the first sync reads everyone.
    await runSync(desk.context, { trigger: 'command' })
    assert.equal(await countWhere(desk, true), 7)
    // A service account the limit applies to gets three people of seven.
    const limited = {
      ...desk.context,
      settings: { ...desk.settings, bindDn: FRY, bindPassword: 'fry' },
    } as Context
    const outcome = await runSync(limited, { trigger: 'schedule' })
    assert.equal(outcome.status, 'failed')
    assert.equal(
      outcome.error,
      'Nothing was changed. The directory stopped the search at its size limit. Allow paged results for the service account.'
    )
    assert.equal(await countWhere(desk, true), 7, 'nobody deactivated')
  }).timeout(60_000)
})
