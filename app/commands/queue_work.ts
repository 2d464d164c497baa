import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class QueueWork extends BaseCommand {
  static commandName = 'queue:work'
  static description =
    'Run the background worker: scheduled jobs (and, with the plugin platform, events)'
  static options: CommandOptions = { startApp: true, staysAlive: true }

  async run() {
    const { default: ScheduleRunner } = await import('#services/queue/schedule_runner')
    const { closeQueues } = await import('#services/queue/queue_registry')
    const runner = new ScheduleRunner()
    await runner.start()

    /**
     * bin/console.ts terminates the app on SIGTERM. Terminating hooks run
     * before providers shut down, so the job in progress finishes while
     * the database is still open; no new job is taken.
     */
    this.app.terminating(async () => {
      this.logger.info('stopping: finishing the job in progress')
      await runner.stop()
      await closeQueues()
    })
    process.once('SIGINT', () => this.app.terminate())
    this.logger.info('worker started: waiting for jobs (stop with SIGTERM or Ctrl+C)')
  }
}
