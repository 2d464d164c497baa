import type { ReportPeriod } from '#services/reports/report_period'
import type { ReportScope } from '#services/reports/report_queries'
import { wholeMonths } from '#services/reports/report_buckets'

export type Sql = { sql: string; bindings: unknown[] }

/** `AND …` on group and priority (and the agent, given its column). */
export function narrow(scope: ReportScope, agentColumn?: string): Sql {
  const parts: string[] = []
  const bindings: unknown[] = []
  if (scope.groupId !== undefined) {
    parts.push('AND group_id = ?')
    bindings.push(scope.groupId)
  }
  if (scope.priority !== undefined) {
    parts.push('AND priority = ?')
    bindings.push(scope.priority)
  }
  if (scope.agentId !== undefined && agentColumn) {
    parts.push(`AND ${agentColumn} = ?`)
    bindings.push(scope.agentId)
  }
  return { sql: parts.join(' '), bindings }
}

/**
 * The days of the period the month rollups do not hold (`column` in the
 * period, outside its whole months): counted ticket by ticket.
 */
export function outsideMonths(column: string, period: ReportPeriod): Sql {
  const months = wholeMonths(period.from, period.to)
  return months
    ? {
        sql: `${column} BETWEEN ?::date AND ?::date AND ${column} NOT BETWEEN ?::date AND ?::date`,
        bindings: [period.from, period.to, months.from, months.to],
      }
    : { sql: `${column} BETWEEN ?::date AND ?::date`, bindings: [period.from, period.to] }
}

/** The whole months of the period, for the month rollups; null when there are none. */
export function insideMonths(period: ReportPeriod): Sql | null {
  const months = wholeMonths(period.from, period.to)
  return months
    ? { sql: 'month BETWEEN ?::date AND ?::date', bindings: [months.from, months.to] }
    : null
}
