import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class ReportsRebuild extends BaseCommand {
  static commandName = 'reports:rebuild'
  static description = 'Recompute the report figures (rollups) of every organization, or of one'
  static help = [
    'The worker keeps the figures current from ticket events, and rebuilds them by itself after',
    "the upgrade that brought reports and after a change of an organization's time zone. Run this",
    'after loading or deleting tickets with SQL.',
  ]

  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Only this organization (id)' })
  declare organization?: number

  async run() {
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const { default: ReportRollups } = await import('#services/reports/report_rollups')
    const query = db.from('organizations').select('id', 'name').orderBy('id')
    if (this.organization !== undefined) query.where('id', this.organization)
    for (const organization of await query) {
      const started = performance.now()
      await ReportRollups.rebuild(organization.id)
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      this.logger.success(`${organization.name}: report figures rebuilt in ${seconds} s`)
    }
  }
}
