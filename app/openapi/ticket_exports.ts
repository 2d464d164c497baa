import { EXPORT_COLUMNS } from '#services/tickets/export/export_columns'
import { EXPORT_FORMATS } from '#validators/ticket'
import { operation, param } from '#openapi/operation'
import { exportFilters, filterNote } from '#openapi/ticket_parameters'

/** The two ticket lists as files: the caller's requests and the desk's list. */

const format = {
  name: 'format',
  in: 'query',
  required: false,
  description: '`csv` (default) or `xlsx`, case-insensitive. Anything else is a 422 on `format`.',
  schema: { type: 'string', enum: [...EXPORT_FORMATS], default: 'csv' },
}

const columns = EXPORT_COLUMNS.map(({ label }) => label).join(', ')

const file = {
  status: 200,
  description:
    `Every ticket the filters keep, in the list's order, streamed as it is read. Columns: ` +
    `${columns}. CSV: UTF-8 with a byte order mark, RFC 4180 quoting, moments in ISO 8601 ` +
    '(UTC). xlsx: one worksheet, moments as date cells in the time zone of the caller ' +
    '(their own, else their organization’s), empty cells for none. In both, text starting ' +
    'with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe so ' +
    'spreadsheets never run it as a formula.',
  content: {
    'text/csv': { schema: { type: 'string' } },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
      schema: { type: 'string', format: 'binary' },
    },
  },
  headers: {
    'Content-Disposition': {
      description: '`attachment; filename="tickets-YYYY-MM-DD-HHmm.csv"` (or `.xlsx`).',
      schema: { type: 'string' },
    },
  },
}

export const ticketExportPaths: Record<string, Record<string, unknown>> = {
  '/tickets/export': {
    get: operation({
      operationId: 'exportMyTickets',
      summary: "The caller's own requests as a CSV or .xlsx file",
      description: `The tickets of GET /tickets, every page, whatever the caller's role. ${filterNote}`,
      tags: ['Tickets'],
      parameters: [format, ...exportFilters],
      success: file,
      errors: [401, 422],
    }),
  },
  '/admin/tickets/export': {
    get: operation({
      operationId: 'exportDeskTickets',
      summary: 'The desk list as a CSV or .xlsx file (agents, admins)',
      description:
        'The tickets of GET /admin/tickets, every page: agents get those they requested, are ' +
        'assigned to, or that belong to their groups; admins every ticket of the organization. ' +
        filterNote,
      tags: ['Desk'],
      parameters: [format, param('Queue'), ...exportFilters, param('RequesterId')],
      success: file,
      errors: [401, 403, 422],
    }),
  },
}
