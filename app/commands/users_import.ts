import { args, BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class UsersImport extends BaseCommand {
  static commandName = 'users:import'
  static description = 'Import users from a CSV or .xlsx file (a dry run with --dry-run)'
  static help = [
    'node ace users:import people.csv --organization acme --dry-run',
    'Headers: email, name, role (admin, agent or customer; default customer), department, groups (names separated by ; or ,), locale (en or de), external_id.',
    'Users are created without a password: they choose one through "Forgot password". People already in the organization are skipped. Exits with 1 when rows were refused.',
  ]

  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'The CSV or .xlsx file' })
  declare file: string

  @flags.string({ description: 'Slug of the organization (needed when there are several)' })
  declare organization?: string

  @flags.string({ description: 'A JSON file with the mapping, value tables and default group' })
  declare mapping?: string

  @flags.boolean({ description: 'Create the groups the file names' })
  declare createMissing: boolean

  @flags.boolean({ description: 'Only report what would happen; write nothing' })
  declare dryRun: boolean

  @flags.string({
    description: 'E-mail of the admin the import runs as (default: the first admin)',
  })
  declare as?: string

  async run() {
    const { runImportCommand } = await import('#commands/_import_command_runner')
    this.exitCode = await runImportCommand(this, 'users')
  }
}
