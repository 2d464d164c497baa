import { test } from '@japa/runner'
import { placementOf } from '../directory/mapping.js'
import type { LdapSettings } from '../types.js'

const groups = (...dns: string[]) => dns.map((dn) => ({ dn, name: dn.split(',')[0].split('=')[1] }))

const settings: LdapSettings = {
  mappings: [
    { directoryGroup: 'ship_crew', role: 'agent', groupIds: [2] },
    {
      directoryGroup: 'cn=admin_staff,ou=people,dc=planetexpress,dc=com',
      role: 'admin',
      groupIds: [1, 2],
    },
    { directoryGroup: 'Dev', role: 'customer', groupIds: [3] },
  ],
}

test.group('LDAP: directory groups → role and teams', () => {
  test('the highest role of every matching row and the union of their teams', ({ assert }) => {
    const placement = placementOf(
      groups(
        'cn=ship_crew,ou=people,dc=planetexpress,dc=com',
        'CN=Admin_Staff,OU=People,DC=planetexpress,DC=com'
      ),
      settings
    )
    assert.deepEqual(placement, {
      role: 'admin',
      groupIds: [1, 2],
      matched: ['ship_crew', 'cn=admin_staff,ou=people,dc=planetexpress,dc=com'],
    })
    assert.equal(
      placementOf(groups('cn=dev,ou=groups,dc=example,dc=com'), settings)!.role,
      'customer'
    )
  })

  test('people in no mapped group get the default role, or are refused', ({ assert }) => {
    assert.deepEqual(placementOf([], settings), { role: 'customer', groupIds: [], matched: [] })
    assert.equal(placementOf([], { ...settings, defaultRole: 'agent' })!.role, 'agent')
    assert.isNull(placementOf(groups('cn=other,dc=x'), { ...settings, defaultRole: 'refuse' }))
  })
})
