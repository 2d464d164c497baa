import { test } from '@japa/runner'
import AuditLogService from '#services/audit_log_service'
import { homeRouteFor, areasFor } from '#services/areas'
import { resolveLocale } from '#services/locales'

test.group('Audit diff', () => {
  test('keeps only changed keys, as old/new pairs', ({ assert }) => {
    const before: Record<string, string | null> = { name: 'A', role: 'agent', department: null }
    const result = AuditLogService.diff(before, { name: 'A', role: 'admin', department: 'IT' })
    assert.isTrue(result.changed)
    assert.deepEqual(result.oldValues, { role: 'agent', department: null })
    assert.deepEqual(result.newValues, { role: 'admin', department: 'IT' })
  })

  test('reports no change when nothing differs', ({ assert }) => {
    assert.isFalse(AuditLogService.diff({ a: 1 }, { a: 1 }).changed)
  })
})

test.group('Areas and locales', () => {
  test('each role has its home area and the areas it may enter', ({ assert }) => {
    assert.equal(homeRouteFor('admin'), 'admin.dashboard.show')
    assert.equal(homeRouteFor('agent'), 'desk.tickets.index')
    assert.equal(homeRouteFor('customer'), 'portal.tickets.index')
    assert.deepEqual([...areasFor('customer')], ['portal'])
    assert.deepEqual([...areasFor('agent')], ['portal', 'desk'])
    assert.deepEqual([...areasFor('admin')], ['portal', 'desk', 'admin'])
  })

  test('a user locale wins over the organization default, unknown falls back to English', ({
    assert,
  }) => {
    assert.equal(resolveLocale('de', 'en'), 'de')
    assert.equal(resolveLocale(null, 'de'), 'de')
    assert.equal(resolveLocale('fr', 'de'), 'en')
  })
})
