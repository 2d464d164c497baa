import { PRIORITIES, STATUSES } from '#models/ticket'
import { ATTACHMENT_LIMITS } from '#services/tickets/attachment_intake'
import { id, object, orNull, type JsonSchema } from '#openapi/json_schema'

/** What the ticket endpoints take: JSON bodies, and their multipart twins with files. */

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

export const ticketRequestSchemas: Record<string, JsonSchema> = {
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

export const ticketMultipartSchemas: Record<string, JsonSchema> = {
  CreateTicketMultipart: withAttachments('CreateTicketRequest'),
  CommentMultipart: withAttachments('CommentRequest'),
}
