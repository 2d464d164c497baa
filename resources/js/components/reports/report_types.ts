/** Admin → Reports as the page receives it (ReportService's answer, camelCase). */
export type Times = { count: number; medianMinutes: number | null; p90Minutes: number | null }

export type ReportData = {
  period: { from: string; to: string; zone: string; interval: 'day' | 'week' }
  filters: { groupId: number | null; agentId: number | null; priority: string | null }
  timeBasis: 'calendar'
  totals: {
    created: number
    resolved: number
    backlog: number
    reopened: number
    reopenedShare: number | null
  }
  series: { period: string; created: number; resolved: number; backlog: number }[]
  times: { firstResponse: Times; resolution: Times }
  agents: {
    agentId: number
    name: string
    assigned: number
    resolved: number
    medianFirstResponseMinutes: number | null
  }[]
  categories: {
    categoryId: number | null
    name: string | null
    created: number
    resolved: number
  }[]
}

export type ReportFilterValues = {
  from: string
  to: string
  group_id: string
  agent_id: string
  priority: string
  interval: string
}

/** One colour per figure, the same on every chart (and legible on light and dark cards). */
export const FIGURE_COLORS = { created: '#0284c7', resolved: '#059669', backlog: '#d97706' }
