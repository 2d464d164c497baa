import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class PluginPrune extends BaseCommand {
  static commandName = 'plugin:prune'
  static description =
    'Remove the recurring jobs of plugins (or schedules) this installation no longer has'
  static help = [
    'Workers never remove schedules they do not know: during a rolling deploy an older or newer',
    'worker may still run them. Once every worker runs the same code, run this to drop the rest.',
  ]

  static options: CommandOptions = { startApp: true }

  async run() {
    const { default: ScheduleRunner, CORE_SCHEDULES } =
      await import('#services/queue/schedule_runner')
    const { pluginSchedules } = await import('#platform/plugin_schedules')
    const removed = await ScheduleRunner.prune([...CORE_SCHEDULES, ...pluginSchedules()])
    if (removed.length === 0) {
      this.logger.info('Nothing to prune: every recurring job belongs to a known schedule.')
      return
    }
    for (const id of removed) {
      this.logger.success(`removed ${id}`)
    }
  }
}
