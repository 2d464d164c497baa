import ImportFileCommand from '#commands/_import_file_command'

export default class UsersImport extends ImportFileCommand {
  static commandName = 'users:import'
  static description = 'Import users from a CSV or .xlsx file (a dry run with --dry-run)'
  static help = [
    'node ace users:import people.csv --organization acme --dry-run',
    'Headers: email, name, role (admin, agent or customer; default customer), department, groups (names separated by ; or ,), locale (en or de), external_id.',
    'Users are created without a password: they choose one through "Forgot password". People already in the organization are skipped. Exits with 1 when rows were refused.',
  ]

  protected kind = 'users' as const
}
