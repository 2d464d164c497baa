import ImportFileCommand from '#commands/_import_file_command'

export default class TicketsImport extends ImportFileCommand {
  static commandName = 'tickets:import'
  static description = 'Import tickets from a CSV or .xlsx file (a dry run with --dry-run)'
  static help = [
    'node ace tickets:import export.csv --organization acme --dry-run',
    'node ace tickets:import export.xlsx --mapping mapping.json --create-missing',
    'Headers named after the fields (title, description, priority, status, group, category, subcategory, requester_email, requester_name, assignee_email, created_at, resolved_at, closed_at, external_id, reply, note) need no mapping; common synonyms are recognised.',
    'mapping.json: { "mapping": { "Subject": "title", "Body": "description" }, "value_maps": { "priority": { "P1": "critical" } }, "default_group": "IT support" }',
    'Rows already imported (same external_id, or the same row) are skipped. Exits with 1 when rows were refused.',
  ]

  protected kind = 'tickets' as const
}
