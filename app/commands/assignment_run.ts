import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class AssignmentRun extends BaseCommand {
  static commandName = 'assignment:run'
  static description =
    "Assign the tickets waiting in groups' automatic assignment queues now (the worker does it every 5 s)"
  static help = ['Safe to run beside the worker and other copies: each ticket is assigned once.']

  static options: CommandOptions = { startApp: true }

  async run() {
    const { default: AutoAssigner } = await import('#services/assignment/auto_assigner')
    const assigned = await AutoAssigner.drainAll()
    this.logger.info(`${assigned} waiting ticket(s) assigned`)
  }
}
