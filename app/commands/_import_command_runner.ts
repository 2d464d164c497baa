import type { BaseCommand } from '@adonisjs/core/ace'
import type { ImportKind } from '#services/imports/import_fields'

type ImportFlags = {
  file: string
  organization?: string
  mapping?: string
  createMissing: boolean
  dryRun: boolean
  as?: string
}

/** What `tickets:import` and `users:import` share: run the import, print as it goes, answer the exit code. */
export async function runImportCommand(command: BaseCommand & ImportFlags, kind: ImportKind) {
  const { default: ImportCommand, ImportCommandError } =
    await import('#services/imports/import_command')
  try {
    return await ImportCommand.run(
      {
        kind,
        file: command.file,
        organization: command.organization,
        mapping: command.mapping,
        createMissing: command.createMissing ?? false,
        dryRun: command.dryRun ?? false,
        as: command.as,
      },
      {
        info: (text) => command.logger.info(text),
        error: (text) => command.logger.error(text),
        progress: (text) => command.logger.log(text),
      }
    )
  } catch (error) {
    if (error instanceof ImportCommandError) {
      command.logger.error(error.message)
      return 1
    }
    throw error
  }
}
