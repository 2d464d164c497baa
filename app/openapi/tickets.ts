import { PRIORITIES, SOURCES, STATUSES } from '#models/ticket'
import { ROLES } from '#models/user'
import { ATTACHMENT_LIMITS } from '#services/tickets/attachment_intake'
import { data, dateTime, id, object, orNull, ref, type JsonSchema } from '#openapi/json_schema'
import { jsonOrMultipart, operation, pathId } from '#openapi/operation'
import { filterNote, ticketFilters } from '#openapi/ticket_parameters'

/** The caller's own tickets: shapes and paths (the desk's routes are in desk.ts). */

const priority = {
  type: 'string',
  enum: [...PRIORITIES],
  description: 'Case-insensitive on input ("High" is accepted); always lowercase in answers.',
}
const status = {
  type: 'string',
  enum: [...STATUSES],
  description: 'Case-insensitive on input; always lowercase in answers.',
}

const ticketProperties: Record<string, JsonSchema> = {
  id,
  number: { type: 'integer', description: 'Sequential per organization.' },
  reference: { type: 'string', description: 'Prefix and number, e.g. "SB-1042".' },
  title: { type: 'string' },
  priority: { type: 'string', enum: [...PRIORITIES] },
  status: { type: 'string', enum: [...STATUSES] },
  source: { type: 'string', enum: [...SOURCES] },
  requester_id: id,
  assignee_id: orNull(id),
  group_id: id,
  category_id: orNull(id),
  subcategory_id: orNull(id),
  requester: ref('PersonRef'),
  assignee: orNull(ref('PersonRef')),
  group: ref('NamedRef'),
  category: orNull(ref('NamedRef')),
  subcategory: orNull(ref('NamedRef')),
  first_response_at: orNull(dateTime),
  resolved_at: orNull(dateTime),
  closed_at: orNull(dateTime),
  created_at: dateTime,
  updated_at: dateTime,
}

const ticketDetailProperties: Record<string, JsonSchema> = {
  ...ticketProperties,
  description: { type: 'string', description: 'Markdown, as typed.' },
  description_html: { type: 'string', description: 'The description rendered to sanitized HTML.' },
}

const ticketShapes: Record<string, JsonSchema> = {
  PersonRef: object({ id, name: { type: 'string' }, email: { type: 'string', format: 'email' } }),
  NamedRef: object({ id, name: { type: 'string' } }),
  Ticket: object(ticketProperties, {
    description:
      'A ticket as a list row. `subcategory` is not loaded in lists and is always null there ' +
      '(use subcategory_id). `snippet` is present only when searching with `q`.',
    properties: {
      ...ticketProperties,
      snippet: {
        type: 'string',
        description: 'Matching text, HTML-escaped, with the matches in <mark>…</mark>.',
      },
    },
  }),
  TicketDetail: object(ticketDetailProperties, {
    description: 'A ticket with its description, as answered by the desk endpoints.',
  }),
  TicketWithThread: object(
    {
      ...ticketDetailProperties,
      comments: {
        type: 'array',
        items: ref('Comment'),
        description: 'Oldest first. Internal notes only for staff who may see them.',
      },
      attachments: {
        type: 'array',
        items: ref('Attachment'),
        description: 'Files attached to the ticket itself (files of replies are on each comment).',
      },
      history: {
        type: 'array',
        items: ref('HistoryEntry'),
        description:
          'The timeline, oldest first (GET only; empty in the answer that creates a ticket). ' +
          'An automatic assignment has a `reason`.',
      },
    },
    { description: 'A ticket with its conversation, files and timeline.' }
  ),
  Comment: object({
    id,
    body: { type: 'string', description: 'Markdown, as typed.' },
    body_html: { type: 'string', description: 'The body rendered to sanitized HTML.' },
    is_internal: { type: 'boolean' },
    author_id: orNull(id),
    plugin: orNull(
      object(
        { id: { type: 'string' }, name: { type: 'string' } },
        { description: 'The plugin that wrote it (then `author` is null).' }
      )
    ),
    author: orNull(
      object({
        id,
        name: { type: 'string' },
        role: { type: 'string', enum: [...ROLES] },
      })
    ),
    attachments: { type: 'array', items: ref('Attachment') },
    created_at: dateTime,
  }),
  Attachment: object(
    {
      id,
      ticket_id: id,
      comment_id: orNull(id),
      file_name: { type: 'string' },
      content_type: {
        type: 'string',
        description: 'Detected from the file content, not from its name.',
      },
      size: { type: 'integer', description: 'Bytes.' },
      created_at: dateTime,
    },
    {
      description:
        'Download with GET /tickets/{id}/attachments/{attachmentId}, using the ticket_id and id.',
    }
  ),
  PaginationMeta: object({
    total: {
      type: 'integer',
      minimum: 0,
      description:
        'Ticket lists count up to 1,000 tickets per status, searches up to their 100 newest matches; past that, total is that lower bound and total_capped is true.',
    },
    total_capped: {
      type: 'boolean',
      description: 'true when total is a lower bound: there are more tickets than were counted.',
    },
    per_page: { type: 'integer', minimum: 1 },
    current_page: { type: 'integer', minimum: 1 },
    last_page: { type: 'integer', minimum: 1 },
    first_page: { type: 'integer', minimum: 1 },
    first_page_url: { type: 'string' },
    last_page_url: { type: 'string' },
    next_page_url: { type: ['string', 'null'] },
    previous_page_url: { type: ['string', 'null'] },
  }),
  PaginatedTickets: object({
    data: { type: 'array', items: ref('Ticket') },
    metadata: ref('PaginationMeta'),
  }),
}

const ticketRequestSchemas: Record<string, JsonSchema> = {
  CreateTicketRequest: {
    type: 'object',
    required: ['group_id', 'title', 'description'],
    properties: {
      group_id: { ...id, description: 'An active group (GET /groups).' },
      category_id: orNull({ ...id, description: 'An active category of that group.' }),
      subcategory_id: orNull({ ...id, description: 'An active subcategory of that category.' }),
      title: { type: 'string', minLength: 3, maxLength: 200 },
      description: { type: 'string', minLength: 1, maxLength: 20_000, description: 'Markdown.' },
      priority,
    },
  },
  CommentRequest: {
    type: 'object',
    required: ['body'],
    properties: {
      body: { type: 'string', minLength: 1, maxLength: 20_000, description: 'Markdown.' },
      internal: {
        type: 'boolean',
        default: false,
        description:
          'An internal note, hidden from the requester. Staff who manage the ticket only.',
      },
      status: {
        ...status,
        description:
          'Set this status with the message ("reply and resolve"). Staff who manage the ticket ' +
          'only (403 otherwise). A transition the lifecycle refuses is a 422 on `status`, and ' +
          'then nothing is saved, not the message either.',
      },
    },
  },
  AssignRequest: object({
    assigned_to: orNull({
      ...id,
      description:
        "An active agent or admin who is a member of the ticket's group; null unassigns.",
    }),
  }),
  StatusRequest: object({ status }),
  UpdateTicketRequest: {
    type: 'object',
    description: 'Only the fields sent are changed.',
    properties: {
      title: { type: 'string', minLength: 3, maxLength: 200 },
      priority,
      group_id: id,
      category_id: orNull(id),
      subcategory_id: orNull(id),
      status: {
        ...status,
        description:
          'Applied after the classification and the assignee, so assigning and starting an open ' +
          'ticket works in one request.',
      },
      assigned_to: orNull({
        ...id,
        description:
          "An active agent or admin who is a member of the ticket's (new) group; null unassigns.",
      }),
    },
  },
}

/** The multipart twin of a JSON request: the same fields plus files as `attachments[]`. */
function withAttachments(name: string): JsonSchema {
  const json = ticketRequestSchemas[name] as { required: string[]; properties: object }
  return {
    type: 'object',
    required: json.required,
    properties: {
      ...json.properties,
      'attachments[]': {
        type: 'array',
        maxItems: ATTACHMENT_LIMITS.maxFiles,
        items: { type: 'string', contentMediaType: 'application/octet-stream' },
        description:
          `Up to ${ATTACHMENT_LIMITS.maxFiles} files of at most ` +
          `${ATTACHMENT_LIMITS.maxBytes / 1024 / 1024} MB each. The type is judged from the ` +
          'content: images, PDF, Office/OpenDocument files, ZIP, e-mail messages and UTF-8 text.',
      },
    },
    description:
      `${name} as multipart/form-data, with files. Numbers are sent as text; an empty ` +
      'field counts as null.',
  }
}

const multipartSchemas: Record<string, JsonSchema> = {
  CreateTicketMultipart: withAttachments('CreateTicketRequest'),
  CommentMultipart: withAttachments('CommentRequest'),
}

export const ticketSchemas: Record<string, JsonSchema> = {
  ...ticketShapes,
  ...ticketRequestSchemas,
  ...multipartSchemas,
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
