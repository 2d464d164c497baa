import { test } from '@japa/runner'
import { passwordWeakness } from '#validators/rules/password_strength'

test.group('Password strength', () => {
  test('accepts long mixed passwords', ({ assert }) => {
    for (const good of ['correct horse 42', 'Tr0ub4dor&3xyz', 'längeres passwort 9']) {
      assert.isNull(passwordWeakness(good), good)
    }
  })

  test('refuses short, single-class, common and repetitive passwords with a reason', ({
    assert,
  }) => {
    assert.match(passwordWeakness('short1')!, /at least 10 characters/)
    assert.match(passwordWeakness('onlyletterslong')!, /mix letters/)
    assert.match(passwordWeakness('12345678901')!, /mix letters/)
    assert.match(passwordWeakness('Password123')!, /too common/)
    assert.match(passwordWeakness('aaaaaaaaa1')!, /too common or too simple/)
    assert.match(passwordWeakness('x'.repeat(129) + '1')!, /at most 128/)
  })
})
