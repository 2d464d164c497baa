import { test } from '@japa/runner'
import { hasObjectClass, parseLdif, suffixEntry, valuesOf } from '#tests/support/ldap/ldif'

/** The harness's small LDIF reader: it decides which records go through slapd instead of slapadd. */
test.group('LDIF reader of the slapd harness', () => {
  test('reads folded lines, base64 values and comments; skips blocks without a DN', ({
    assert,
  }) => {
    const records = parseLdif(
      [
        'version: 1',
        '',
        '# a comment',
        'dn: cn=Amy Wong+sn=Kroker,ou=people,dc=planetexpress,dc=com',
        'objectClass: inetOrgPerson',
        'description: a long line that',
        '  continues here',
        'cn:: SsO8cmdlbg==',
        '',
        '',
        'dn: cn=dev,ou=groups,dc=example,dc=com',
        'objectclass: groupOfNames',
        'member: cn=John Doe (external),ou=users,dc=example,dc=com',
        '',
      ].join('\n')
    )
    assert.deepEqual(
      records.map((record) => record.dn),
      [
        'cn=Amy Wong+sn=Kroker,ou=people,dc=planetexpress,dc=com',
        'cn=dev,ou=groups,dc=example,dc=com',
      ]
    )
    assert.deepEqual(valuesOf(records[0], 'description'), ['a long line that continues here'])
    assert.deepEqual(valuesOf(records[0], 'CN'), ['Jürgen'])
    assert.isTrue(Buffer.isBuffer(records[0].attributes.find((a) => a.type === 'cn')!.values[0]))
    assert.isTrue(hasObjectClass(records[1], ['GroupOfNames']))
    assert.isFalse(hasObjectClass(records[0], ['group']))
    assert.match(records[0].text, /^# a comment\ndn: /)
  })

  test('keeps change records whole, "-" separators included', ({ assert }) => {
    const text =
      'dn: cn=config\nchangetype: modify\nadd: olcA\nolcA: 1\n-\nreplace: olcB\nolcB: 2\n'
    const [record] = parseLdif(text)
    assert.equal(record.text, text.trim())
    assert.deepEqual(valuesOf(record, 'olcB'), ['2'])
  })

  test('makes the base entry for dc=, o= and ou= suffixes only', ({ assert }) => {
    assert.match(
      suffixEntry('dc=bench,dc=test', 'Bench'),
      /objectClass: dcObject\n.*\ndc: bench\no: Bench/
    )
    assert.match(suffixEntry('o=Acme', 'x'), /^dn: o=Acme\nobjectClass: organization\no: Acme/)
    assert.throws(() => suffixEntry('cn=odd', 'x'), /put it in the LDIF/)
  })
})
