import { PRIORITIES, SOURCES, STATUSES } from '#models/ticket'
import { ROLES } from '#models/user'
import { dateTime, id, object, orNull, ref, type JsonSchema } from '#openapi/json_schema'

/** What the ticket endpoints answer: tickets, their conversation and files, and list pages. */

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

export const ticketShapes: Record<string, JsonSchema> = {
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
