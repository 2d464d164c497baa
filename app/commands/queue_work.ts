import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class QueueWork extends BaseCommand {
  static commandName = 'queue:work'
  static description =
    'Run the background worker: event deliveries (notifications, plugins), scheduled jobs, imports, the outbox sweep'
  static options: CommandOptions = { startApp: true, staysAlive: true }

  async run() {
    const { default: ScheduleRunner, CORE_SCHEDULES } =
      await import('#services/queue/schedule_runner')
    const { closeQueues } = await import('#services/queue/queue_registry')
    const { startEventWorker } = await import('#platform/event_worker')
    const { pluginSchedules, startScheduleRunWorker } = await import('#platform/plugin_schedules')
    const { default: OutboxSweeper } = await import('#platform/outbox_sweeper')
    const { stopAllWork } = await import('#platform/stopping')
    const { stopping } = await import('#config/queue')
    const { default: ImportJobs } = await import('#services/imports/import_jobs')
    const { default: ReportBackfill } = await import('#services/reports/report_backfill')
    const { default: MailChannelWorker } =
      await import('#services/mail_channel/mail_channel_worker')
    const { default: env } = await import('#start/env')

    /**
     * Jobs build links into the app (notification e-mails use urlFor), and
     * only the HTTP server commits the route table: without this, every
     * lookup in the worker fails with "Cannot lookup route".
     */
    const router = await this.app.container.make('router')
    router.commit()

    const schedules = new ScheduleRunner([...CORE_SCHEDULES, ...pluginSchedules()])
    await schedules.start()
    const events = startEventWorker()
    const runs = startScheduleRunWorker()
    const sweeper = new OutboxSweeper()
    sweeper.start()
    const importWorker = ImportJobs.startWorker()
    const stopImportSweep = ImportJobs.startSweeper()
    const stopReportBackfill = ReportBackfill.start()
    const mailChannel = new MailChannelWorker({
      everyMs: env.get('MAIL_FETCH_INTERVAL_MS') ?? 60_000,
      idle: env.get('MAIL_IDLE') ?? true,
    }).start()

    /**
     * bin/console.ts terminates the app on SIGTERM. Terminating hooks run
     * before providers shut down, so jobs in progress finish while the
     * database is still open; no new job is taken. Jobs still running after
     * the grace period get their signal fired: an event delivery cut short
     * goes back to the queue (not counted as a failed attempt) for another
     * worker, an organization's schedule run waits for the next tick.
     */
    this.app.terminating(async () => {
      this.logger.info('stopping: finishing the jobs in progress')
      const grace = setTimeout(() => {
        this.logger.info('stopping: signalling the jobs still in progress')
        stopAllWork()
      }, stopping.shutdownGraceMs)
      await sweeper.stop()
      stopImportSweep()
      await stopReportBackfill()
      await mailChannel.stop()
      await Promise.all([events.close(), runs.close(), importWorker.close(), schedules.stop()])
      clearTimeout(grace)
      await closeQueues()
    })
    process.once('SIGINT', () => this.app.terminate())
    this.logger.info(
      'worker started: events, schedules, imports, report backfill, the e-mail channel and the outbox sweep'
    )
  }
}
