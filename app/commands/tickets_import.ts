import { args, BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class TicketsImport extends BaseCommand {
  static commandName = 'tickets:import'
  static description = 'Import tickets from a CSV or .xlsx file (a dry run with --dry-run)'
  static help = [
    'node ace tickets:import export.csv --organization acme --dry-run',
    'node ace tickets:import export.xlsx --mapping mapping.json --create-missing',
    'Headers named after the fields (title, description, priority, status, group, category, subcategory, requester_email, requester_name, assignee_email, created_at, resolved_at, closed_at, external_id, reply, note) need no mapping; common synonyms are recognised.',
    'mapping.json: { "mapping": { "Subject": "title", "Body": "description" }, "value_maps": { "priority": { "P1": "critical" } }, "default_group": "IT support" }',
    'Rows already imported (same external_id, or the same row) are skipped. Exits with 1 when rows were refused.',
  ]

  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'The CSV or .xlsx file' })
  declare file: string

  @flags.string({ description: 'Slug of the organization (needed when there are several)' })
  declare organization?: string

  @flags.string({ description: 'A JSON file with the mapping, value tables and default group' })
  declare mapping?: string

  @flags.boolean({ description: 'Create groups, categories and subcategories the file names' })
  declare createMissing: boolean

  @flags.boolean({ description: 'Only report what would happen; write nothing' })
  declare dryRun: boolean

  @flags.string({
    description: 'E-mail of the admin the import runs as (default: the first admin)',
  })
  declare as?: string

  async run() {
    const { runImportCommand } = await import('#commands/_import_command_runner')
    this.exitCode = await runImportCommand(this, 'tickets')
  }
}
