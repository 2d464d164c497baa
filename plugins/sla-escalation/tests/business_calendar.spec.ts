import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import BusinessCalendar, { CalendarError, type Shift } from '../clock/business_calendar.js'

const officeDay: Shift[] = [['09:00', '17:00']]
const closed: Shift[] = []

/** Mon–Fri 09:00–17:00 in Berlin, with one holiday and one yearly holiday. */
const berlinOffice = BusinessCalendar.from({
  timezone: 'Europe/Berlin',
  hours: {
    mon: officeDay,
    tue: officeDay,
    wed: officeDay,
    thu: officeDay,
    fri: officeDay,
    sat: closed,
    sun: closed,
  },
  holidays: ['2015-09-22', { date: '2000-12-25', yearly: true }],
})

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true })
const utc = (value: DateTime | null) => value?.toUTC().toISO({ suppressMilliseconds: true })

test.group('Business calendar: counting business time', () => {
  test('{title}')
    .with([
      {
        title: 'within one working day',
        from: '2015-09-21T09:30:00+02:00',
        to: '2015-09-21T11:00:00+02:00',
        minutes: 90,
      },
      {
        title: 'evenings and nights do not count',
        from: '2015-09-18T16:30:00+02:00', // Friday
        to: '2015-09-21T09:30:00+02:00', // Monday
        minutes: 60,
      },
      {
        title: 'a holiday does not count (Tuesday 22 September 2015)',
        from: '2015-09-21T16:00:00+02:00',
        to: '2015-09-23T10:00:00+02:00',
        minutes: 120,
      },
      {
        title: 'a yearly holiday comes back every year (25 December)',
        from: '2026-12-24T16:00:00+01:00',
        to: '2026-12-28T10:00:00+01:00', // 25th Friday holiday, weekend
        minutes: 120,
      },
      {
        title: 'before opening, the count starts at opening',
        from: '2015-09-21T06:00:00+02:00',
        to: '2015-09-21T10:00:00+02:00',
        minutes: 60,
      },
      {
        title: 'backwards is nothing',
        from: '2015-09-21T11:00:00+02:00',
        to: '2015-09-21T10:00:00+02:00',
        minutes: 0,
      },
    ])
    .run(({ assert }, row) => {
      assert.equal(berlinOffice.businessMinutesBetween(at(row.from), at(row.to)), row.minutes)
    })

  test('split shifts: the lunch break does not count', ({ assert }) => {
    const split: Shift[] = [
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ]
    const calendar = BusinessCalendar.from({
      timezone: 'UTC',
      hours: { mon: split, tue: split, wed: split, thu: split, fri: split, sat: [], sun: [] },
    })
    const monday = (time: string) => at(`2026-11-30T${time}:00Z`)
    assert.equal(calendar.businessMinutesBetween(monday('11:00'), monday('14:00')), 120)
    assert.equal(utc(calendar.addBusinessMinutes(monday('11:30'), 60)), '2026-11-30T13:30:00Z')
    assert.isFalse(calendar.isOpen(monday('12:30')))
    assert.isTrue(calendar.isOpen(monday('13:00')))
    assert.equal(utc(calendar.nextOpening(monday('12:30'))), '2026-11-30T13:00:00Z')
  })
})

test.group('Business calendar: due times', () => {
  test('{title}')
    .with([
      {
        title: 'later the same day',
        from: '2015-09-21T09:30:00+02:00',
        minutes: 60,
        due: '2015-09-21T08:30:00Z',
      },
      {
        title: 'carried over the weekend (Friday 16:30 + 60 min → Monday 09:30)',
        from: '2015-09-18T16:30:00+02:00',
        minutes: 60,
        due: '2015-09-21T07:30:00Z',
      },
      {
        title: 'carried over a holiday (Monday 16:00 + 120 min → Wednesday 10:00)',
        from: '2015-09-21T16:00:00+02:00',
        minutes: 120,
        due: '2015-09-23T08:00:00Z',
      },
      {
        title: 'created on a closed day: the clock starts at the next opening',
        from: '2015-09-20T12:00:00+02:00', // Sunday
        minutes: 30,
        due: '2015-09-21T07:30:00Z',
      },
      {
        title: 'zero minutes outside hours is the next opening',
        from: '2015-09-19T12:00:00+02:00',
        minutes: 0,
        due: '2015-09-21T07:00:00Z',
      },
      {
        title: 'exactly the end of a day stays on that day',
        from: '2015-09-21T09:00:00+02:00',
        minutes: 480,
        due: '2015-09-21T15:00:00Z',
      },
    ])
    .run(({ assert }, row) => {
      assert.equal(utc(berlinOffice.addBusinessMinutes(at(row.from), row.minutes)), row.due)
    })
})

test.group('Business calendar: daylight-saving changes', () => {
  const allDay: Shift[] = [['00:00', '24:00']]
  const berlinAllDay = BusinessCalendar.from({
    timezone: 'Europe/Berlin',
    hours: {
      mon: allDay,
      tue: allDay,
      wed: allDay,
      thu: allDay,
      fri: allDay,
      sat: allDay,
      sun: allDay,
    },
  })
  const berlinEveryDay = BusinessCalendar.from({
    timezone: 'Europe/Berlin',
    hours: {
      mon: officeDay,
      tue: officeDay,
      wed: officeDay,
      thu: officeDay,
      fri: officeDay,
      sat: officeDay,
      sun: officeDay,
    },
  })
  const day = (iso: string) => at(`${iso}T00:00:00+00:00`).setZone('Europe/Berlin').startOf('day')

  test('a whole day is 23 hours in spring and 25 in autumn', ({ assert }) => {
    const spring = day('2025-03-30')
    const autumn = day('2025-10-26')
    assert.equal(berlinAllDay.businessMinutesBetween(spring, spring.plus({ days: 1 })), 23 * 60)
    assert.equal(berlinAllDay.businessMinutesBetween(autumn, autumn.plus({ days: 1 })), 25 * 60)
  })

  test('an office day keeps its 8 hours on both change days, at local wall-clock times', ({
    assert,
  }) => {
    for (const iso of ['2025-03-30', '2025-10-26']) {
      const start = day(iso)
      assert.equal(berlinEveryDay.businessMinutesBetween(start, start.plus({ days: 1 })), 480, iso)
    }
    // 09:00 local is 08:00Z before the spring change (CET) and 07:00Z after it (CEST).
    assert.equal(
      utc(berlinEveryDay.nextOpening(at('2025-03-29T18:00:00Z'))),
      '2025-03-30T07:00:00Z'
    )
    assert.equal(
      utc(berlinEveryDay.nextOpening(at('2025-10-25T18:00:00Z'))),
      '2025-10-26T08:00:00Z'
    )
  })

  test('a due time across the change counts real hours', ({ assert }) => {
    // Saturday 22:00 CET + 4 business hours on a 24/7 calendar: 4 real hours later, whatever the clock shows.
    const due = berlinAllDay.addBusinessMinutes(at('2025-03-29T22:00:00+01:00'), 240)
    assert.equal(utc(due), '2025-03-30T01:00:00Z')
    assert.equal(due!.setZone('Europe/Berlin').toFormat('HH:mm'), '03:00')
  })

  test('a calendar reused for many tickets answers as a fresh one would, across the change', ({
    assert,
  }) => {
    // One calendar serves a whole recompute batch and keeps the days it worked out.
    const fresh = () =>
      BusinessCalendar.from({
        timezone: 'Europe/Berlin',
        hours: {
          mon: officeDay,
          tue: officeDay,
          wed: officeDay,
          thu: officeDay,
          fri: officeDay,
          sat: closed,
          sun: [['08:00', '12:00']],
        },
        holidays: [{ date: '2025-10-28', yearly: false }],
      })
    const reused = fresh()
    const start = at('2025-10-22T00:00:00Z')
    for (let step = 0; step < 10 * 24 * 60; step += 97) {
      const from = start.plus({ minutes: step })
      const to = from.plus({ hours: 31 })
      assert.equal(
        utc(reused.addBusinessMinutes(from, 600)),
        utc(fresh().addBusinessMinutes(from, 600)),
        from.toISO()!
      )
      assert.equal(
        reused.businessMinutesBetween(from, to),
        fresh().businessMinutesBetween(from, to),
        from.toISO()!
      )
    }
  })
})

test.group('Business calendar: what it refuses', () => {
  test('{title}')
    .with([
      {
        title: 'an unknown zone',
        spec: { timezone: 'Mars/Olympus', hours: {} },
        field: 'timezone',
      },
      {
        title: 'a time that is not HH:MM',
        spec: { timezone: 'UTC', hours: { mon: [['9am', '17:00']] } },
        field: 'hours.mon.0',
      },
      {
        title: 'a shift that ends before it starts',
        spec: { timezone: 'UTC', hours: { tue: [['17:00', '09:00']] } },
        field: 'hours.tue.0',
      },
      {
        title: 'overlapping shifts',
        spec: {
          timezone: 'UTC',
          hours: {
            wed: [
              ['09:00', '13:00'],
              ['12:00', '17:00'],
            ],
          },
        },
        field: 'hours.wed.1',
      },
      {
        title: 'a misspelt weekday (it would silently close that day)',
        spec: { timezone: 'UTC', hours: { monday: [['09:00', '17:00']] } },
        field: 'hours.monday',
      },
      {
        title: 'holidays that are not a list',
        spec: { timezone: 'UTC', hours: {}, holidays: '2015-09-22' },
        field: 'holidays',
      },
      {
        title: 'a holiday that is not a date',
        spec: { timezone: 'UTC', hours: {}, holidays: ['2015-02-30'] },
        field: 'holidays.0',
      },
    ])
    .run(({ assert }, row) => {
      try {
        BusinessCalendar.from(row.spec as never)
        assert.fail('accepted')
      } catch (error) {
        assert.instanceOf(error, CalendarError)
        assert.equal((error as CalendarError).field, row.field)
      }
    })

  test('a calendar that never opens has no due time', ({ assert }) => {
    const never = BusinessCalendar.from({
      timezone: 'UTC',
      hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
    })
    assert.isNull(never.addBusinessMinutes(at('2026-11-30T10:00:00Z'), 1))
    assert.equal(
      never.businessMinutesBetween(at('2026-11-30T10:00:00Z'), at('2026-12-30T10:00:00Z')),
      0
    )
  })

  test('the default calendar is open around the clock', ({ assert }) => {
    const always = BusinessCalendar.alwaysOpen()
    assert.equal(
      utc(always.addBusinessMinutes(at('2026-11-28T23:30:00Z'), 90)),
      '2026-11-29T01:00:00Z'
    )
  })
})
