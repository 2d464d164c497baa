import { test } from '@japa/runner'
import { errors } from '@vinejs/vine'
import { apiAvailabilityValidator } from '#validators/availability'

const awayUntil = async (value: string, timezone: string) => {
  const input = await apiAvailabilityValidator.validate(
    { available: false, away_until: value },
    { meta: { timezone } }
  )
  return input.away_until?.toISO()
}

/** How an `away_until` is read: a date alone in the organization's zone, an offset as given. */
test.group('away_until', () => {
  test("a date alone is the start of that day in the organization's zone", async ({ assert }) => {
    assert.equal(await awayUntil('2099-12-24', 'Europe/Berlin'), '2099-12-23T23:00:00.000Z')
    assert.equal(await awayUntil('2099-07-01', 'Europe/Berlin'), '2099-06-30T22:00:00.000Z')
    assert.equal(await awayUntil('2099-12-24', 'America/New_York'), '2099-12-24T05:00:00.000Z')
    assert.equal(await awayUntil('2099-12-24', 'UTC'), '2099-12-24T00:00:00.000Z')
  })

  test('a date-time with an offset is that instant in any zone', async ({ assert }) => {
    assert.equal(
      await awayUntil('2099-12-24T09:00:00+01:00', 'America/New_York'),
      '2099-12-24T08:00:00.000Z'
    )
  })

  test('a zone Luxon does not know reads as UTC; the past is refused', async ({ assert }) => {
    assert.equal(await awayUntil('2099-12-24', 'Mars/Olympus_Mons'), '2099-12-24T00:00:00.000Z')
    await assert.rejects(() => awayUntil('2001-01-01', 'Europe/Berlin'), errors.E_VALIDATION_ERROR)
  })
})
