import { test } from '@japa/runner'
import vine from '@vinejs/vine'
import { DateTime } from 'luxon'
import { periodSchema, resolvePeriod } from '#platform/sdk'
import { percent, reportFigures } from '../report/report_figures.js'
import type { AggregateRow } from '../report/report_query.js'
import { reportCsv } from '../ui/report_csv.js'

const NOW = DateTime.fromISO('2026-03-02T03:00:00Z', { zone: 'utc' })

test.group('SLA report: the period', () => {
  test('the last 30 days by default, today included', ({ assert }) => {
    const period = resolvePeriod({}, NOW)
    assert.include(period, { from: '2026-02-01', to: '2026-03-02', zone: 'UTC' })
    assert.equal(period.start.toISO(), '2026-02-01T00:00:00.000Z')
    assert.equal(period.end.toISO(), '2026-03-03T00:00:00.000Z')
  })

  test('days are the viewer’s days: in New York, 2 March has not begun at 03:00 UTC', ({
    assert,
  }) => {
    const period = resolvePeriod({ tz: 'America/New_York' }, NOW)
    assert.include(period, { to: '2026-03-01', zone: 'America/New_York' })
    const january = resolvePeriod(
      { from: '2026-01-01', to: '2026-01-31', tz: 'America/New_York' },
      NOW
    )
    assert.equal(january.start.toISO(), '2026-01-01T05:00:00.000Z')
    assert.equal(january.end.toISO(), '2026-02-01T05:00:00.000Z')
  })

  test('an unknown zone falls back to UTC; a first day after today is a one-day period', ({
    assert,
  }) => {
    assert.equal(resolvePeriod({ tz: 'Mars/Olympus' }, NOW).zone, 'UTC')
    assert.include(resolvePeriod({ from: '2026-04-01' }, NOW), {
      from: '2026-04-01',
      to: '2026-04-01',
    })
  })

  test('validation names the field to fix', async ({ assert }) => {
    const validator = vine.create(periodSchema)
    const errors = async (input: Record<string, unknown>) => {
      try {
        await validator.validate(input)
        return []
      } catch (error) {
        return (error as { messages: { field: string; message: string }[] }).messages.map(
          ({ field, message }) => `${field}: ${message}`
        )
      }
    }
    assert.deepEqual(await errors({ from: '2026-01-01', to: '2026-01-31' }), [])
    assert.deepEqual(await errors({}), [])
    assert.deepEqual(await errors({ from: '01/02/2026' }), [
      'from: Enter the first day of the period as a date, like 2026-03-01.',
    ])
    assert.deepEqual(await errors({ to: '2026-02-30' }), [
      'to: Enter the last day of the period as a date, like 2026-03-01.',
    ])
    assert.deepEqual(await errors({ from: '2026-02-01', to: '2026-01-31' }), [
      'to: The last day must be on or after the first day.',
    ])
  })
})

/** An aggregate row; targets not given are all zero. */
function row(fields: Partial<AggregateRow>): AggregateRow {
  const zeros = Object.fromEntries(
    ['first_response', 'next_response', 'resolution'].flatMap((target) =>
      ['in_time', 'late', 'breached', 'pending'].map((outcome) => [`${target}_${outcome}`, '0'])
    )
  )
  return {
    all_groups: 0,
    all_priorities: 0,
    group_id: null,
    priority: null,
    tickets: '0',
    under_policy: '0',
    ...zeros,
    ...fields,
  } as AggregateRow
}

test.group('SLA report: figures', () => {
  const period = resolvePeriod({ from: '2026-01-01', to: '2026-01-31' }, NOW)
  const rows = [
    row({
      all_groups: 1,
      all_priorities: 1,
      tickets: '7',
      under_policy: '6',
      first_response_in_time: '2',
      first_response_breached: '1',
      // percentile_cont's answer for the two met in time.
      first_response_business_minutes: [45.5, 118.26],
    }),
    row({ all_priorities: 1, group_id: 9, tickets: '1', under_policy: '1' }),
    row({ all_priorities: 1, group_id: null, tickets: '1', under_policy: '0' }),
    row({ all_priorities: 1, group_id: 4, tickets: '2', under_policy: '2' }),
    row({ all_priorities: 1, group_id: 3, tickets: '3', under_policy: '3' }),
    row({ all_groups: 1, priority: 'low', tickets: '3' }),
    row({ all_groups: 1, priority: 'critical', tickets: '4' }),
  ]
  const groups = [
    { id: 4, name: 'Facilities' },
    { id: 3, name: 'IT' },
  ]

  test('groups in the pickers’ order, then groups no longer active, then no group; critical first', ({
    assert,
  }) => {
    const report = reportFigures(rows, groups, period, NOW)
    assert.deepEqual(
      report.byGroup.map((line) => [line.key, line.name, line.tickets]),
      [
        ['group:4', 'Facilities', 2],
        ['group:3', 'IT', 3],
        ['group:9', 'Group 9 (no longer active)', 1],
        ['group:none', 'No group', 1],
      ]
    )
    assert.deepEqual(
      report.byPriority.map((line) => line.name),
      ['Critical', 'Low']
    )
    assert.deepEqual(report.overall.targets.first_response, {
      total: 3,
      inTime: 2,
      late: 0,
      breached: 1,
      pending: 0,
      percent: { inTime: 67, late: 0, breached: 33, pending: 0 },
      businessMinutes: { median: 45.5, p90: 118.3 },
    })
    assert.equal(report.overall.targets.resolution.total, 0)
    assert.deepEqual(report.overall.targets.resolution.businessMinutes, { median: null, p90: null })
    assert.equal(report.generatedAt, NOW.toISO())
  })

  test('percentages are whole, and 0 of nothing is 0', ({ assert }) => {
    assert.equal(percent(1, 3), 33)
    assert.equal(percent(2, 3), 67)
    assert.equal(percent(0, 0), 0)
  })

  test('the CSV: a row per line and target, names quoted when they need it', ({ assert }) => {
    const report = reportFigures(rows, [{ id: 4, name: 'Sales, "EMEA"' }], period, NOW)
    const lines = reportCsv(report).trimEnd().split('\r\n')
    assert.equal(
      lines[0],
      'breakdown,name,target,tickets_with_target,met_in_time,met_late,breached,pending,met_in_time_percent,met_late_percent,breached_percent,pending_percent'
    )
    assert.equal(lines[1], 'all,All tickets,First response,3,2,0,1,0,67,0,33,0')
    assert.include(lines, 'group,"Sales, ""EMEA""",Resolution,0,0,0,0,0,0,0,0,0')
    // 1 overall + 4 groups + 2 priorities, 3 targets each, and the header.
    assert.lengthOf(lines, 1 + 7 * 3)
  })
})
