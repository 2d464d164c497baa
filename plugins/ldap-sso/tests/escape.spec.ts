import { test } from '@japa/runner'
import { escapeFilterValue, wrapFilter } from '../directory/escape.js'
import { normalizeDn, rdnValue } from '../directory/entries.js'

test.group('LDAP: escaping what people type', () => {
  test('filter values escape * ( ) \\ and NUL (RFC 4515), and non-ASCII bytes', ({ assert }) => {
    assert.equal(escapeFilterValue('fry'), 'fry')
    assert.equal(escapeFilterValue('*'), '\\2a')
    assert.equal(escapeFilterValue('fry)(uid=*'), 'fry\\29\\28uid=\\2a')
    assert.equal(escapeFilterValue('a\\b'), 'a\\5cb')
    assert.equal(escapeFilterValue('x\0y'), 'x\\00y')
    assert.equal(escapeFilterValue('jö'), 'j\\c3\\b6')
  })

  test('admin filters get their parentheses; DNs compare as DNs', ({ assert }) => {
    assert.equal(wrapFilter('objectClass=person'), '(objectClass=person)')
    assert.equal(wrapFilter('(uid=*)'), '(uid=*)')
    assert.equal(wrapFilter(''), '')
    assert.equal(
      normalizeDn('CN=Admin_Staff, OU=People ,DC=planetexpress,DC=com'),
      'cn=admin_staff,ou=people,dc=planetexpress,dc=com'
    )
    assert.equal(
      rdnValue('cn=John Doe (external),ou=users,dc=example,dc=com'),
      'John Doe (external)'
    )
    assert.equal(rdnValue('cn=Amy Wong+sn=Kroker,ou=people,dc=planetexpress,dc=com'), 'Amy Wong')
    assert.equal(rdnValue('cn=Doe\\, John,ou=people'), 'Doe, John')
  })
})
