import type { DateTime } from 'luxon'
import { PRIORITIES, TARGET_LABELS, TARGETS, type Target } from '../policies/policy.js'
import type { Outcomes, ReportData, ReportLine } from '../ui/report_types.js'
import type { Period } from '#platform/sdk'
import type { AggregateRow } from './report_query.js'

const PRIORITY_NAMES: Record<string, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
}

/** Whole percent of `total`; 0 of nothing is 0, not NaN. */
export function percent(part: number, total: number) {
  return total === 0 ? 0 : Math.round((part / total) * 100)
}

function outcomes(row: AggregateRow, target: Target): Outcomes {
  const inTime = Number(row[`${target}_in_time`])
  const late = Number(row[`${target}_late`])
  const breached = Number(row[`${target}_breached`])
  const pending = Number(row[`${target}_pending`])
  const total = inTime + late + breached + pending
  const taken = row[`${target}_business_minutes`]
  const rounded = (value: number | undefined) =>
    value === undefined || value === null ? null : Math.round(value * 10) / 10
  return {
    total,
    inTime,
    late,
    breached,
    pending,
    percent: {
      inTime: percent(inTime, total),
      late: percent(late, total),
      breached: percent(breached, total),
      pending: percent(pending, total),
    },
    businessMinutes: { median: rounded(taken?.[0]), p90: rounded(taken?.[1]) },
  }
}

function line(key: string, name: string, row: AggregateRow | undefined): ReportLine {
  const empty = { tickets: 0, under_policy: 0 } as AggregateRow
  const source = row ?? empty
  return {
    key,
    name,
    tickets: Number(source.tickets ?? 0),
    underPolicy: Number(source.under_policy ?? 0),
    targets: Object.fromEntries(
      TARGETS.map((target) => [target, outcomes(source, target)])
    ) as ReportLine['targets'],
  }
}

const flag = (value: number | string) => Number(value) === 1

/**
 * The report from the aggregate's rows: the whole period, then groups in
 * the order the organization's pickers show them (a group no longer active
 * says so), then priorities from critical down. Only groups and priorities
 * with tickets in the period are listed.
 */
export function reportFigures(
  rows: AggregateRow[],
  groups: { id: number; name: string }[],
  period: Period,
  now: DateTime
): ReportData {
  const overall = rows.find((row) => flag(row.all_groups) && flag(row.all_priorities))
  const byGroup = rows.filter((row) => !flag(row.all_groups) && flag(row.all_priorities))
  const byPriority = rows.filter((row) => flag(row.all_groups) && !flag(row.all_priorities))

  const position = new Map(groups.map((group, index) => [group.id, index]))
  const names = new Map(groups.map((group) => [group.id, group.name]))
  const rank = (row: AggregateRow) =>
    row.group_id === null ? Infinity : (position.get(Number(row.group_id)) ?? groups.length)
  const groupLines = byGroup
    .sort((a, b) => rank(a) - rank(b) || Number(a.group_id) - Number(b.group_id))
    .map((row) => {
      if (row.group_id === null) return line('group:none', 'No group', row)
      const id = Number(row.group_id)
      return line(`group:${id}`, names.get(id) ?? `Group ${id} (no longer active)`, row)
    })

  const order = [...PRIORITIES].reverse() as string[]
  const priorityLines = byPriority
    .sort((a, b) => order.indexOf(a.priority ?? '') - order.indexOf(b.priority ?? ''))
    .map((row) =>
      line(
        `priority:${row.priority}`,
        PRIORITY_NAMES[row.priority ?? ''] ?? String(row.priority),
        row
      )
    )

  return {
    period: { from: period.from, to: period.to, zone: period.zone },
    generatedAt: now.toUTC().toISO()!,
    targets: TARGETS.map((key) => ({ key, label: TARGET_LABELS[key] })),
    overall: line('all', 'All tickets', overall),
    byGroup: groupLines,
    byPriority: priorityLines,
  }
}
