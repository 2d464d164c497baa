import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import ReportRollups from '#services/reports/report_rollups'

/**
 * Rebuilds the report tables of every organization that asked for it
 * (organizations.reports_rebuild_requested_at): all of them once after the
 * upgrade that brought reports, and one whose time zone changed. The
 * worker runs it at start and then every minute, outside the schedules
 * queue, so a rebuild of a million tickets never holds up the 5-second
 * assignment sweep. Several workers may run it at once: an organization
 * another one is rebuilding is skipped after a few seconds' wait.
 */
export default class ReportBackfill {
  /** Answers the ids of the organizations rebuilt now. */
  static async runRequested() {
    const requested = await db
      .from('organizations')
      .whereNotNull('reports_rebuild_requested_at')
      .orderBy('id')
      .select('id')
    const rebuilt: number[] = []
    for (const { id } of requested as { id: number }[]) {
      const started = performance.now()
      if (await ReportRollups.rebuild(id, { onlyIfRequested: true })) {
        rebuilt.push(id)
        const ms = Math.round(performance.now() - started)
        logger.info({ organizationId: id, ms }, 'report figures rebuilt')
      }
    }
    return rebuilt
  }

  /** Runs now and then every `everyMs`, one run at a time; answers a stop function. */
  static start(everyMs = 60_000) {
    let running: Promise<unknown> | null = null
    const tick = () => {
      if (running) return
      running = this.runRequested()
        .catch((error) =>
          logger.warn({ err: error }, 'report backfill failed; retried next minute')
        )
        .finally(() => (running = null))
    }
    tick()
    const timer = setInterval(tick, everyMs)
    return async () => {
      clearInterval(timer)
      await running
    }
  }
}
