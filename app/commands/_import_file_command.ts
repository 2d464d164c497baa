import { args, BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import type { ImportKind } from '#services/imports/import_fields'

/**
 * What `tickets:import` and `users:import` share: the file, the flags, and
 * running the import in this process, printing as it goes. The exit code
 * is 1 when rows (or the file) were refused.
 */
export default abstract class ImportFileCommand extends BaseCommand {
  static options: CommandOptions = { startApp: true }

  protected abstract kind: ImportKind

  @args.string({ description: 'The CSV or .xlsx file' })
  declare file: string

  @flags.string({ description: 'Slug of the organization (needed when there are several)' })
  declare organization?: string

  @flags.string({ description: 'A JSON file with the mapping, value tables and default group' })
  declare mapping?: string

  @flags.boolean({ description: 'Create the groups (and categories) the file names' })
  declare createMissing: boolean

  @flags.boolean({ description: 'Only report what would happen; write nothing' })
  declare dryRun: boolean

  @flags.string({
    description: 'E-mail of the admin the import runs as (default: the first admin)',
  })
  declare as?: string

  async run() {
    const { default: ImportCommand, ImportCommandError } =
      await import('#services/imports/import_command')
    try {
      this.exitCode = await ImportCommand.run(
        {
          kind: this.kind,
          file: this.file,
          organization: this.organization,
          mapping: this.mapping,
          createMissing: this.createMissing ?? false,
          dryRun: this.dryRun ?? false,
          as: this.as,
        },
        {
          info: (text) => this.logger.info(text),
          error: (text) => this.logger.error(text),
          progress: (text) => this.logger.log(text),
        }
      )
    } catch (error) {
      if (!(error instanceof ImportCommandError)) throw error
      this.logger.error(error.message)
      this.exitCode = 1
    }
  }
}
