import type { TargetKey } from './panel_types.js'

/**
 * The SLA report's figures as the page and the API receive them (types
 * only, shared by the server that builds them and the page that shows them).
 */

/** Tickets of one target in four outcomes, with whole percentages of `total`. */
export type Outcomes = {
  /** Tickets that have this target (set, with a due time). */
  total: number
  inTime: number
  late: number
  breached: number
  pending: number
  percent: { inTime: number; late: number; breached: number; pending: number }
  /**
   * Of the tickets that met this target, the business minutes it took:
   * median and 90th percentile (null when none met it yet).
   */
  businessMinutes: { median: number | null; p90: number | null }
}

export type ReportLine = {
  /** "all", "group:3", "group:none", "priority:high". */
  key: string
  name: string
  /** Tickets created in the period. */
  tickets: number
  /** Of those, the ones an SLA policy applies to. */
  underPolicy: number
  targets: Record<TargetKey, Outcomes>
}

export type ReportData = {
  period: { from: string; to: string; zone: string }
  /** ISO: "breached" and "pending" are as of this instant. */
  generatedAt: string
  targets: { key: TargetKey; label: string }[]
  overall: ReportLine
  byGroup: ReportLine[]
  byPriority: ReportLine[]
}
