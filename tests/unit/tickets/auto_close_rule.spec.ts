import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { autoCloseCutoff } from '#services/tickets/auto_close_rule'

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true })
const utc = (moment: DateTime) => moment.toUTC().toISO()

/**
 * The rule in app/services/tickets/auto_close_rule.ts, at fixed moments:
 * tickets resolved before the cutoff are due.
 */
test.group('Auto-close: the calendar-day rule', () => {
  test('the day of resolution does not count; N whole local days follow', ({ assert }) => {
    // Friday 00:00 in Berlin: tickets resolved before Tuesday 00:00 (Monday or earlier) are due.
    const friday = at('2026-06-12T00:00:00+02:00')
    assert.equal(
      utc(autoCloseCutoff(friday, 'Europe/Berlin', 3)),
      '2026-06-08T22:00:00.000Z',
      'Tuesday 9 June 00:00 CEST'
    )
    // A minute earlier it is still Thursday there: only Sunday or earlier is due.
    assert.equal(
      utc(autoCloseCutoff(friday.minus({ minutes: 1 }), 'Europe/Berlin', 3)),
      '2026-06-07T22:00:00.000Z'
    )
  })

  test('days are those of the organization, not of UTC', ({ assert }) => {
    // 03:30 UTC on 13 June is still 12 June (23:30) in New York.
    const now = at('2026-06-13T03:30:00Z')
    assert.equal(utc(autoCloseCutoff(now, 'America/New_York', 2)), '2026-06-10T04:00:00.000Z')
    assert.equal(utc(autoCloseCutoff(now, 'UTC', 2)), '2026-06-11T00:00:00.000Z')
    // …and already 13 June (15:30) in Auckland.
    assert.equal(utc(autoCloseCutoff(now, 'Pacific/Auckland', 2)), '2026-06-10T12:00:00.000Z')
  })

  test('across the change to summer time the cutoff stays at local midnight', ({ assert }) => {
    // Berlin skips 02:00–03:00 on 29 March 2026; midnights before are +01:00, after +02:00.
    const now = at('2026-03-31T00:30:00+02:00')
    const cutoff = autoCloseCutoff(now, 'Europe/Berlin', 2)
    assert.equal(utc(cutoff), '2026-03-28T23:00:00.000Z', '29 March 00:00 CET')
    assert.equal(cutoff.hour, 0)
  })

  test('across the change to winter time the cutoff stays at local midnight', ({ assert }) => {
    // Berlin repeats 02:00–03:00 on 25 October 2026.
    const now = at('2026-10-26T00:10:00+01:00')
    const cutoff = autoCloseCutoff(now, 'Europe/Berlin', 1)
    assert.equal(utc(cutoff), '2026-10-24T22:00:00.000Z', '25 October 00:00 CEST')
    assert.equal(cutoff.hour, 0)
  })

  test('a zone Luxon does not know counts in UTC instead of failing', ({ assert }) => {
    const now = at('2026-06-12T10:00:00Z')
    assert.equal(utc(autoCloseCutoff(now, 'Mars/Olympus_Mons', 1)), '2026-06-11T00:00:00.000Z')
  })
})
