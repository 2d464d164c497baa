import { data, dateTime, id, object, ref, type JsonSchema } from '#openapi/json_schema'
import { jsonBody, operation, pathId } from '#openapi/operation'
import { IMPORT_STATUSES } from '#models/data_import'
import { PRIORITIES, STATUSES } from '#models/ticket'
import { IMPORT_KINDS, TICKET_FIELDS, USER_FIELDS } from '#services/imports/import_fields'

/** Imports of tickets and users from CSV or Excel files (admins). */

const count = { type: 'integer', minimum: 0 }
const note = object({
  row_number: { type: 'integer', minimum: 1, description: 'Counted from 1 at the first data row.' },
  column: { type: ['string', 'null'], description: "The column's header." },
  message: { type: 'string' },
})

const settingsProperties: Record<string, JsonSchema> = {
  mapping: {
    type: 'object',
    description:
      "Column position (0 = the file's first column) → field. Unmapped columns are ignored; " +
      '`reply` and `note` may take several columns. Omitted: the mapping proposed from the ' +
      `headers. Ticket fields: ${TICKET_FIELDS.join(', ')}. User fields: ${USER_FIELDS.join(', ')}.`,
    additionalProperties: { type: ['string', 'null'] },
  },
  value_maps: {
    type: 'object',
    description:
      'Raw values of the file → product values, on top of the built-in table ("Urgent" → ' +
      'critical, "Pending" → waiting_on_customer, …). Compared without case or punctuation.',
    properties: {
      priority: { type: 'object', additionalProperties: { type: 'string', enum: [...PRIORITIES] } },
      status: { type: 'object', additionalProperties: { type: 'string', enum: [...STATUSES] } },
    },
  },
  create_missing: {
    type: 'boolean',
    description:
      'Create groups, categories and subcategories the file names but the organization lacks.',
  },
  default_group_id: {
    type: ['integer', 'null'],
    description: 'The group of ticket rows that name none.',
  },
}

export const importSchemas: Record<string, JsonSchema> = {
  Import: object({
    id,
    kind: { type: 'string', enum: [...IMPORT_KINDS] },
    file_name: { type: 'string' },
    file_size: count,
    format: { type: 'string', enum: ['csv', 'xlsx'] },
    encoding: { type: ['string', 'null'], enum: ['utf-8', 'utf-16le', 'windows-1252', null] },
    delimiter: { type: ['string', 'null'] },
    status: {
      type: 'string',
      enum: [...IMPORT_STATUSES],
      description:
        'uploaded → checking (dry run) → checked → queued → running → completed; or cancelled, ' +
        'or failed (see `error`). Poll while checking, queued or running.',
    },
    pass: {
      type: ['string', 'null'],
      enum: ['dry', 'real', null],
      description: 'Which pass the counts describe.',
    },
    total_rows: { type: ['integer', 'null'], minimum: 0 },
    processed_rows: count,
    created_rows: { ...count, description: 'Rows imported (a dry run: rows that would be).' },
    skipped_rows: {
      ...count,
      description: 'Rows already imported before (same external id, or same row).',
    },
    refused_rows: count,
    error: { type: ['string', 'null'] },
    cancel_requested: { type: 'boolean' },
    create_missing: { type: 'boolean' },
    default_group_id: { type: ['integer', 'null'] },
    started_at: { ...dateTime, type: ['string', 'null'] },
    finished_at: { ...dateTime, type: ['string', 'null'] },
    created_at: dateTime,
    created_by: { type: ['object', 'null'], properties: { id, name: { type: 'string' } } },
    headers: { type: 'array', items: { type: 'string' } },
    preview: { type: 'array', items: { type: 'array' }, description: 'The first data rows.' },
    mapping: settingsProperties.mapping,
    value_maps: settingsProperties.value_maps,
    report: {
      type: ['object', 'null'],
      description:
        "The dry run's findings: users, groups, categories and subcategories it would create, and the " +
        'distinct priority and status values it saw with their counts.',
    },
    refusals: {
      type: 'array',
      items: note,
      description: 'The first 100 refused rows of the last pass.',
    },
    notices: {
      type: 'array',
      items: note,
      description:
        'Cells kept as plain text because they begin like a formula (= + - @), and cut titles.',
    },
  }),
  ImportUpload: {
    type: 'object',
    required: ['kind', 'file'],
    properties: {
      kind: { type: 'string', enum: [...IMPORT_KINDS] },
      file: {
        type: 'string',
        contentMediaType: 'application/octet-stream',
        description:
          'A CSV file (any of , ; tab |, UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252) or ' +
          'an .xlsx workbook (its first sheet), with a header row. At most IMPORT_MAX_BYTES (100 MB).',
      },
      ...settingsProperties,
      mapping: {
        ...settingsProperties.mapping,
        type: 'string',
        description: 'The mapping object as JSON text.',
      },
      value_maps: { type: 'string', description: 'The value tables as JSON text.' },
      dry_run: {
        type: 'boolean',
        description:
          'true (default): only check the file; false: import at once (the file is still read through first).',
      },
    },
  },
  ImportSettings: { type: 'object', properties: settingsProperties },
  ImportRun: {
    type: 'object',
    properties: {
      dry_run: { type: 'boolean', description: 'true: check again; false or omitted: import.' },
    },
  },
}

const single = (summary: string, status = 200) => ({
  status,
  description: summary,
  schema: data(ref('Import')),
})

export const importPaths: Record<string, Record<string, unknown>> = {
  '/admin/imports': {
    get: operation({
      operationId: 'listImports',
      summary: "The organization's last 50 imports (admins)",
      tags: ['Admin'],
      success: {
        status: 200,
        description: 'Imports, newest first.',
        schema: data({ type: 'array', items: ref('Import') }),
      },
      errors: [401, 403],
    }),
    post: operation({
      operationId: 'createImport',
      summary: 'Upload a file of tickets or users and check it (admins)',
      description:
        'multipart/form-data. The file is checked (encoding, delimiter, header row) and kept; the ' +
        'worker then runs the dry run (or, with dry_run=false, the import). Poll GET ' +
        '/admin/imports/{id}. Imported tickets keep their dates and status, get numbers in the ' +
        "organization's sequence, send no notifications and fire `ticket.imported` instead of " +
        '`ticket.created`. A file that cannot be read (empty, malformed, too large, old .xls) is ' +
        'refused with 422 beside `file`, and nothing is written.',
      tags: ['Admin'],
      requestBody: {
        required: true,
        content: { 'multipart/form-data': { schema: ref('ImportUpload') } },
      },
      success: single('The import, with its pass queued.', 202),
      errors: [400, 401, 403, 413, 422],
    }),
  },
  '/admin/imports/{id}': {
    get: operation({
      operationId: 'getImport',
      summary: "An import's progress, report and refused rows (admins)",
      tags: ['Admin'],
      parameters: [pathId('import')],
      success: single('The import.'),
      errors: [401, 403, 404],
    }),
    put: operation({
      operationId: 'configureImport',
      summary: "Change an import's mapping, value tables or options (admins)",
      description: 'Not while a pass runs (422). Run the dry run again afterwards.',
      tags: ['Admin'],
      parameters: [pathId('import')],
      requestBody: jsonBody('ImportSettings'),
      success: single('The import.'),
      errors: [400, 401, 403, 404, 422],
    }),
    delete: operation({
      operationId: 'deleteImport',
      summary: 'Delete an import and its file; what it created stays (admins)',
      tags: ['Admin'],
      parameters: [pathId('import')],
      success: { status: 204, description: 'Deleted.' },
      errors: [401, 403, 404, 422],
    }),
  },
  '/admin/imports/{id}/run': {
    post: operation({
      operationId: 'runImport',
      summary: 'Start the import, or check it again (admins)',
      description:
        'Rows already imported (by this or an earlier import of the same rows) are skipped, so a ' +
        'cancelled or failed import can simply be run again.',
      tags: ['Admin'],
      parameters: [pathId('import')],
      requestBody: jsonBody('ImportRun', false),
      success: single('The import, with its pass queued.', 202),
      errors: [400, 401, 403, 404, 422],
    }),
  },
  '/admin/imports/{id}/cancel': {
    post: operation({
      operationId: 'cancelImport',
      summary: 'Stop a running pass after its current batch (admins)',
      description: 'Rows already imported stay.',
      tags: ['Admin'],
      parameters: [pathId('import')],
      success: single('The import.'),
      errors: [401, 403, 404],
    }),
  },
  '/admin/imports/{id}/refused': {
    get: operation({
      operationId: 'downloadRefusedRows',
      summary: 'The refused rows of the last pass as CSV (admins)',
      description:
        'Row, column and reason, then the row as it was in the file, ready to fix and import again.',
      tags: ['Admin'],
      parameters: [pathId('import')],
      success: {
        status: 200,
        description: 'CSV, UTF-8 with BOM.',
        content: { 'text/csv': { schema: { type: 'string' } } },
      },
      errors: [401, 403, 404],
    }),
  },
}
