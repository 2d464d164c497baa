import { data, ref, type JsonSchema } from '#openapi/json_schema'
import { jsonOrMultipart, operation, pathId } from '#openapi/operation'
import { filterNote, ticketFilters } from '#openapi/ticket_parameters'
import { ticketShapes } from '#openapi/ticket_shapes'
import { ticketMultipartSchemas, ticketRequestSchemas } from '#openapi/ticket_requests'

/** The caller's own tickets: shapes and paths (the desk's routes are in desk.ts). */

export const ticketSchemas: Record<string, JsonSchema> = {
  ...ticketShapes,
  ...ticketRequestSchemas,
  ...ticketMultipartSchemas,
}

export const ticketPaths: Record<string, Record<string, unknown>> = {
  '/tickets': {
    get: operation({
      operationId: 'listMyTickets',
      summary: "The caller's own requests",
      description: `Tickets the caller requested, whatever their role. ${filterNote}`,
      tags: ['Tickets'],
      parameters: ticketFilters,
      success: { status: 200, description: 'A page of tickets.', schema: ref('PaginatedTickets') },
      errors: [401, 422],
    }),
    post: operation({
      operationId: 'createTicket',
      summary: 'Open a ticket',
      description:
        'The caller is the requester; the source is `api`. Send JSON, or multipart/form-data ' +
        'to attach files as `attachments[]`. Group, category and subcategory must be active ' +
        'and belong together (422 otherwise). Customers may choose only the priorities their ' +
        'organization allows them (by default low, medium and high; 422 otherwise).',
      tags: ['Tickets'],
      requestBody: jsonOrMultipart('CreateTicketRequest', 'CreateTicketMultipart'),
      success: {
        status: 201,
        description: 'The new ticket.',
        schema: data(ref('TicketWithThread')),
      },
      errors: [400, 401, 413, 422],
    }),
  },
  '/tickets/{id}': {
    get: operation({
      operationId: 'getTicket',
      summary: 'A ticket with its conversation and files',
      description: 'Internal notes and their files are included only for staff who may see them.',
      tags: ['Tickets'],
      parameters: [pathId('ticket')],
      success: { status: 200, description: 'The ticket.', schema: data(ref('TicketWithThread')) },
      errors: [401, 404],
    }),
  },
  '/tickets/{id}/comments': {
    post: operation({
      operationId: 'addComment',
      summary: 'Reply to a ticket, or add an internal note',
      description:
        'Anyone who can see the ticket may reply; internal notes need staff who manage it ' +
        '(403 otherwise). Closed tickets take no replies (422 on body). Send JSON, or ' +
        'multipart/form-data to attach files as `attachments[]`.',
      tags: ['Tickets'],
      parameters: [pathId('ticket')],
      requestBody: jsonOrMultipart('CommentRequest', 'CommentMultipart'),
      success: { status: 201, description: 'The new comment.', schema: data(ref('Comment')) },
      errors: [400, 401, 403, 404, 413, 422],
    }),
  },
  '/tickets/{id}/attachments/{attachmentId}': {
    get: operation({
      operationId: 'downloadAttachment',
      summary: 'Download a file of a ticket',
      description:
        'The bytes as stored, with their detected Content-Type. Files of internal notes need ' +
        'the right to see internal notes; anything else is a 404.',
      tags: ['Tickets'],
      parameters: [
        pathId('ticket'),
        {
          name: 'attachmentId',
          in: 'path',
          required: true,
          description: "The attachment's id.",
          schema: { type: 'integer', minimum: 1 },
        },
        {
          name: 'inline',
          in: 'query',
          required: false,
          description: '`1`: `Content-Disposition: inline` for images (PNG, JPEG, GIF, WebP).',
          schema: { type: 'string', enum: ['1'] },
        },
      ],
      success: {
        status: 200,
        description: 'The file.',
        content: {
          '*/*': { schema: { type: 'string', format: 'binary' } },
        },
        headers: {
          'Content-Disposition': {
            description: '`attachment` (or `inline`) with the file name, RFC 6266 encoded.',
            schema: { type: 'string' },
          },
          'Content-Length': { schema: { type: 'integer' } },
        },
      },
      errors: [401, 404],
    }),
  },
}
