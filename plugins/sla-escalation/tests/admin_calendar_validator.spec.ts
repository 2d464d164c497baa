import { test } from '@japa/runner'
import { validateCalendar } from '../admin/calendar_validator.js'
import { calendarForm, fieldErrors } from './admin_helpers.js'

const free = { isNameTaken: async () => false }
const week = (overrides: Record<string, { start: string; end: string }[]>) =>
  calendarForm({ hours: { ...calendarForm().hours, ...overrides } })

test.group('Admin calendar form: validation', () => {
  test('an office week with a split Friday and holidays is stored sorted, as shifts', async ({
    assert,
  }) => {
    const input = await validateCalendar(
      week({
        fri: [
          { start: '13:00', end: '17:00' },
          { start: '08:00', end: '12:00' },
        ],
        sat: [{ start: '10:00', end: '24:00' }],
      }),
      free
    )
    assert.deepEqual(input, {
      name: 'Berlin office',
      timezone: 'Europe/Berlin',
      hours: {
        mon: [['09:00', '17:00']],
        tue: [['09:00', '17:00']],
        wed: [['09:00', '17:00']],
        thu: [['09:00', '17:00']],
        fri: [
          ['08:00', '12:00'],
          ['13:00', '17:00'],
        ],
        sat: [['10:00', '24:00']],
        sun: [],
      },
      holidays: [{ date: '2026-12-25', yearly: true }],
    })
  })

  test('a zone is stored in its canonical spelling; an unknown one is refused on timezone', async ({
    assert,
  }) => {
    const input = await validateCalendar(calendarForm({ timezone: 'europe/berlin' }), free)
    assert.equal(input.timezone, 'Europe/Berlin')
    const errors = await fieldErrors(
      validateCalendar(calendarForm({ timezone: 'Mars/Olympus' }), free)
    )
    assert.match(errors.timezone, /Choose a time zone from the list/)
  })

  test('overlapping intervals are named by the row the admin typed, not the sorted one', async ({
    assert,
  }) => {
    const errors = await fieldErrors(
      validateCalendar(
        week({
          mon: [
            { start: '13:00', end: '17:00' },
            { start: '08:00', end: '14:00' },
          ],
          wed: [{ start: '12:00', end: '09:00' }],
        }),
        free
      )
    )
    // Sorted, 08:00–14:00 comes first and 13:00–17:00 overlaps it: form row 0.
    assert.deepEqual(errors, {
      'hours.mon.0': 'This interval overlaps another one of the same day.',
      'hours.wed.0': 'The interval must end after it starts.',
    })
  })

  test('times must be HH:MM between 00:00 and 24:00; each bad one names its row and edge', async ({
    assert,
  }) => {
    const errors = await fieldErrors(
      validateCalendar(
        week({ tue: [{ start: '9:00', end: '17:00' }], thu: [{ start: '09:00', end: '24:30' }] }),
        free
      )
    )
    assert.deepEqual(errors, {
      'hours.tue.0.start': 'Enter the start as HH:MM, e.g. 08:00.',
      'hours.thu.0.end': 'Enter the end as HH:MM, e.g. 17:00 (24:00 for midnight).',
    })
  })

  test('a calendar open on no day is refused on hours', async ({ assert }) => {
    const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }
    const errors = await fieldErrors(validateCalendar(calendarForm({ hours: closed }), free))
    assert.match(errors.hours, /at least one day/)
  })

  test('holidays: no such date, a repeated one, and a bad format each name their row', async ({
    assert,
  }) => {
    const errors = await fieldErrors(
      validateCalendar(
        calendarForm({
          holidays: [
            { date: '2026-02-30', yearly: false },
            { date: '2026-12-25', yearly: true },
            { date: '2027-12-25', yearly: true },
            { date: '25.12.2026', yearly: false },
          ],
        }),
        free
      )
    )
    assert.deepEqual(errors, {
      'holidays.0.date': 'There is no such date.',
      'holidays.2.date': 'This holiday is already listed.',
      'holidays.3.date': 'Enter the date as YYYY-MM-DD.',
    })
  })

  test('the name is required and unique in the organization', async ({ assert }) => {
    const blank = await fieldErrors(validateCalendar(calendarForm({ name: '  ' }), free))
    assert.equal(blank.name, 'Give the calendar a name.')
    const taken = await fieldErrors(
      validateCalendar(calendarForm(), { isNameTaken: async (name) => name === 'Berlin office' })
    )
    assert.equal(taken.name, 'Another calendar already has this name.')
  })

  test('at most six intervals a day and 200 holidays', async ({ assert }) => {
    const many = Array.from({ length: 7 }, (_, hour) => ({
      start: `0${hour}:00`,
      end: `0${hour}:30`,
    }))
    const errors = await fieldErrors(validateCalendar(week({ mon: many }), free))
    assert.equal(errors['hours.mon'], 'A day can have at most 6 intervals.')
  })
})
