import { test } from '@japa/runner'
import type { HostUser } from '#platform/sdk'
import { countChanges, planSync, type Wanted } from '../sync/plan.js'

function user(id: number, email: string, extra: Partial<HostUser> = {}): HostUser {
  return {
    id,
    organizationId: 1,
    email,
    name: email.split('@')[0],
    role: 'customer',
    authSource: 'ldap-sso',
    active: true,
    externalId: `uuid-${id}`,
    department: null,
    directoryGroups: [],
    groupIds: [],
    ...extra,
  }
}

function wanted(id: number, email: string, extra: Partial<Wanted['identity']> = {}): Wanted {
  return {
    dn: `uid=${id}`,
    identity: {
      email,
      name: email.split('@')[0],
      externalId: `uuid-${id}`,
      department: null,
      role: 'customer',
      groupIds: [],
      ...extra,
    },
  }
}

const read = (people: Wanted[], refused: { dn: string; email: string | null }[] = []) => ({
  wanted: people,
  refused,
  unusable: [],
})

test.group('LDAP sync: the plan', () => {
  test('nothing changed, nothing planned', ({ assert }) => {
    const changes = planSync(read([wanted(1, 'fry@x.com')]), [user(1, 'fry@x.com')], 'ldap-sso')
    assert.deepEqual(changes, [])
  })

  test('creates the new, updates the changed, deactivates the gone, reactivates the returning', ({
    assert,
  }) => {
    const users = [
      user(1, 'fry@x.com'),
      user(2, 'leela@x.com', { role: 'agent' }),
      user(3, 'gone@x.com'),
      user(4, 'back@x.com', { active: false }),
      user(5, 'local@x.com', { authSource: 'local', externalId: null }),
    ]
    const changes = planSync(
      read([
        wanted(1, 'fry@x.com', { name: 'Philip J. Fry', groupIds: [2] }),
        wanted(2, 'leela@x.com', { role: 'admin' }),
        wanted(4, 'back@x.com'),
        wanted(6, 'amy@x.com'),
        wanted(7, 'local@x.com'),
      ]),
      users,
      'ldap-sso'
    )
    assert.deepEqual(countChanges(changes), { create: 1, update: 3, deactivate: 1, skip: 1 })
    const byEmail = new Map(changes.map((change) => [change.email, change]))
    assert.deepInclude(byEmail.get('fry@x.com')!, { kind: 'update', groupIds: [2] })
    assert.deepEqual((byEmail.get('fry@x.com') as { fields: object }).fields, {
      name: 'Philip J. Fry',
    })
    assert.deepInclude(byEmail.get('leela@x.com')!, { kind: 'update', role: 'admin' })
    assert.deepInclude(byEmail.get('back@x.com')!, { kind: 'update', reactivate: true })
    assert.deepInclude(byEmail.get('gone@x.com')!, { kind: 'deactivate', userId: 3 })
    assert.equal(byEmail.get('amy@x.com')!.kind, 'create')
    assert.deepInclude(byEmail.get('local@x.com')!, {
      kind: 'skip',
      reason: 'a local account has this e-mail',
    })
  })

  test('matches by external id first: a changed e-mail is an update, not a new account', ({
    assert,
  }) => {
    const changes = planSync(read([wanted(1, 'new@x.com')]), [user(1, 'old@x.com')], 'ldap-sso')
    assert.lengthOf(changes, 1)
    assert.deepInclude(changes[0], { kind: 'update', userId: 1 })
  })

  test('someone the mapping now refuses is deactivated with that reason', ({ assert }) => {
    const changes = planSync(
      read([], [{ dn: 'uid=1', email: 'fry@x.com' }]),
      [user(1, 'fry@x.com')],
      'ldap-sso'
    )
    assert.deepInclude(changes[0], {
      kind: 'deactivate',
      reason: 'in no mapped group, and people in none are refused',
    })
  })
})
