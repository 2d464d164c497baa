import type User from '#models/user'
import ReportService from '#services/reports/report_service'

/**
 * The few figures the desk's home shows an agent about their own work: the
 * default period (the last 30 days) of the same report as Desk → My
 * figures, cut down to what the small panel shows, so the queue page does
 * not carry a whole report's series.
 */
export async function myFiguresAtAGlance(user: User) {
  const report = await ReportService.build(user, {}, { own: true })
  return {
    from: report.period.from,
    to: report.period.to,
    assigned: report.agents.find((row) => row.agentId === user.id)?.assigned ?? 0,
    resolved: report.totals.resolved,
    open: report.totals.backlog,
    medianFirstResponseMinutes: report.times.firstResponse.medianMinutes,
  }
}

export type MyFiguresAtAGlance = Awaited<ReturnType<typeof myFiguresAtAGlance>>
