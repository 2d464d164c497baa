import { PRIORITIES, SOURCES, STATUSES } from '#models/ticket'
import { ROLES } from '#models/user'
import { ATTACHMENT_LIMITS } from '#services/tickets/attachment_intake'
import { NOTIFICATION_KINDS } from '#services/notifications/notification_kinds'

/**
 * components of the OpenAPI document: the shapes /api/v1 reads and writes.
 * Response shapes follow the transformers (app/transformers) after
 * snake-casing (app/helpers/api_json.ts); request shapes follow
 * app/validators/api.ts. Enumerations come from the models, so they cannot
 * drift.
 */

export type JsonSchema = Record<string, unknown>

export function ref(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` }
}

/** `schema` or JSON null. */
export function orNull(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === 'string') {
    return { ...schema, type: [schema.type, 'null'] }
  }
  return { oneOf: [schema, { type: 'null' }] }
}

/** The `{ data: ... }` envelope every successful JSON answer (but the token pair) uses. */
export function data(schema: JsonSchema): JsonSchema {
  return { type: 'object', required: ['data'], properties: { data: schema } }
}

/** An object whose listed properties are all present (nullable ones as null). */
function object(properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema {
  return { type: 'object', required: Object.keys(properties), properties, ...extra }
}

const id = { type: 'integer', minimum: 1 }
const dateTime = { type: 'string', format: 'date-time' }
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

/* ------------------------------------------------------------------ errors */

const errorProperties = {
  error: { type: 'string', description: 'A human-readable message.' },
  code: {
    type: 'string',
    description:
      'A stable machine-readable code, e.g. E_UNAUTHORIZED_ACCESS, E_FORBIDDEN, ' +
      'E_AUTHORIZATION_FAILURE, E_NOT_FOUND, E_ROW_NOT_FOUND, E_ROUTE_NOT_FOUND, ' +
      'E_VALIDATION_ERROR, E_TOO_MANY_REQUESTS, E_INVALID_CREDENTIALS.',
  },
  details: {
    type: ['object', 'null'],
    description: 'Per-field messages for 422, `{ retryAfter }` for 429, otherwise null.',
  },
  timestamp: dateTime,
  requestId: {
    type: ['string', 'null'],
    description: 'The X-Request-Id of the request. Note: camelCase, unlike the rest of the API.',
  },
}

const errorSchemas: Record<string, JsonSchema> = {
  Error: object(errorProperties, {
    description: 'The body of every failed /api/v1 request.',
    example: {
      error: 'Not found.',
      code: 'E_NOT_FOUND',
      details: null,
      timestamp: '2026-01-31T09:15:00.000Z',
      requestId: '9d588364-6af1-4541-b6c4-33393bc5bc44',
    },
  }),
  ValidationError: object(
    {
      ...errorProperties,
      code: { type: 'string', const: 'E_VALIDATION_ERROR' },
      details: {
        type: 'object',
        description:
          'Messages per field. Body fields are named as sent (snake_case); ' +
          'array items as `field.index`.',
        additionalProperties: { type: 'array', items: { type: 'string' } },
      },
    },
    {
      description: 'A 422: the request was understood but a field is invalid.',
      example: {
        error: 'The request is invalid.',
        code: 'E_VALIDATION_ERROR',
        details: { title: ['The title must be at least 3 characters long.'] },
        timestamp: '2026-01-31T09:15:00.000Z',
        requestId: '62a3bb15-ec24-445f-ba7f-0929b5b34452',
      },
    }
  ),
  RateLimitError: object(
    {
      ...errorProperties,
      code: { type: 'string', const: 'E_TOO_MANY_REQUESTS' },
      details: object({
        retryAfter: { type: 'integer', minimum: 0, description: 'Seconds to wait.' },
      }),
    },
    { description: 'A 429: too many requests; also sent as the Retry-After header.' }
  ),
}

/* -------------------------------------------------------------------- auth */

const authSchemas: Record<string, JsonSchema> = {
  LoginRequest: object({
    email: { type: 'string', maxLength: 254 },
    password: { type: 'string', maxLength: 256, format: 'password' },
  }),
  RefreshRequest: object({
    refresh_token: { type: 'string', maxLength: 200 },
  }),
  TokenPair: object(
    {
      token_type: { type: 'string', const: 'Bearer' },
      access_token: {
        type: 'string',
        description:
          'Send as `Authorization: Bearer <access_token>`. Valid for `expires_in` seconds.',
      },
      refresh_token: {
        type: 'string',
        description:
          'Single use, valid 30 days. Presenting a used refresh token again revokes every ' +
          'token of that login.',
      },
      expires_in: {
        type: 'integer',
        description: 'Lifetime of the access token in seconds (900).',
      },
    },
    { description: 'Not wrapped in `data`.' }
  ),
  User: object({
    id,
    name: { type: 'string' },
    email: { type: 'string', format: 'email' },
    role: { type: 'string', enum: [...ROLES] },
    department: { type: ['string', 'null'] },
    is_active: { type: 'boolean' },
    has_password: { type: 'boolean' },
    last_sign_in_at: orNull(dateTime),
    created_at: dateTime,
    notification_preferences: ref('NotificationPreferences'),
  }),
  ...notificationSchemas(),
}

/** The e-mails a user gets, one switch per kind (services/notifications/notification_kinds.ts). */
function notificationSchemas(): Record<string, JsonSchema> {
  const kinds = Object.entries(NOTIFICATION_KINDS)
  const properties = Object.fromEntries(
    kinds.map(([kind, info]) => [
      kind,
      {
        type: 'boolean',
        description: `${info.label}: ${info.help}${info.staffOnly ? ' Agents and admins only.' : ''}`,
      },
    ])
  )
  return {
    NotificationPreferences: {
      type: 'object',
      required: kinds.filter(([, info]) => !info.staffOnly).map(([kind]) => kind),
      properties,
      additionalProperties: false,
      description:
        "The caller's notification e-mails, true when wanted (the default). Kinds for agents " +
        'and admins are present only for them.',
    },
    NotificationPreferencesRequest: {
      type: 'object',
      properties,
      description:
        'Only the kinds sent are changed. A kind for agents and admins sent by a customer is ' +
        'refused with 422.',
    },
  }
}

/* ----------------------------------------------------------------- tickets */

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

const ticketSchemas: Record<string, JsonSchema> = {
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
    },
    { description: 'A ticket with its conversation and files.' }
  ),
  Comment: object({
    id,
    body: { type: 'string', description: 'Markdown, as typed.' },
    body_html: { type: 'string', description: 'The body rendered to sanitized HTML.' },
    is_internal: { type: 'boolean' },
    author_id: id,
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
    total: { type: 'integer', minimum: 0 },
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

/* ---------------------------------------------------------------- taxonomy */

const taxonomySchemas: Record<string, JsonSchema> = {
  TaxonomyGroup: object(
    {
      id,
      name: { type: 'string' },
      description: { type: ['string', 'null'] },
      is_active: { type: 'boolean' },
      categories: { type: 'array', items: ref('TaxonomyCategory') },
    },
    { description: 'A group with its categories and their subcategories.' }
  ),
  TaxonomyCategory: object({
    id,
    name: { type: 'string' },
    is_active: { type: 'boolean' },
    subcategories: { type: 'array', items: ref('TaxonomySubcategory') },
  }),
  TaxonomySubcategory: object({ id, name: { type: 'string' }, is_active: { type: 'boolean' } }),
  Group: object({
    id,
    name: { type: 'string' },
    description: { type: ['string', 'null'] },
    email: { type: ['string', 'null'], format: 'email' },
    is_active: { type: 'boolean' },
    position: { type: 'integer', minimum: 0 },
    member_count: { type: 'integer', minimum: 0 },
  }),
  GroupDeletion: object({
    id,
    outcome: {
      type: 'string',
      enum: ['deleted', 'deactivated'],
      description: 'A group that tickets use is deactivated instead of deleted.',
    },
  }),
  Category: object({ id, group_id: id, name: { type: 'string' } }),
  Subcategory: object({ id, category_id: id, name: { type: 'string' } }),
  Membership: object({ group_id: id, user_id: id }),
  GroupRequest: {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 120 },
      description: { type: ['string', 'null'], maxLength: 2000 },
      email: { type: ['string', 'null'], format: 'email', maxLength: 254 },
      is_active: { type: 'boolean' },
    },
  },
  TaxonomyEntryRequest: object({ name: { type: 'string', minLength: 1, maxLength: 120 } }),
  MemberRequest: object({
    user_id: { ...id, description: 'An agent or admin of the organization.' },
  }),
}

/* ----------------------------------------------------------------- reports */

const countsBy = (keys: readonly string[]) => ({
  type: 'object',
  propertyNames: { enum: [...keys] },
  additionalProperties: { type: 'integer', minimum: 0 },
  description: 'Only values that occur are present.',
})

const reportSchemas: Record<string, JsonSchema> = {
  Report: object({
    total: { type: 'integer', minimum: 0 },
    by_status: countsBy(STATUSES),
    by_priority: countsBy(PRIORITIES),
    by_group: {
      type: 'array',
      items: object({ id, name: { type: 'string' }, total: { type: 'integer', minimum: 0 } }),
    },
    average_first_response_hours: { type: ['number', 'null'] },
    average_resolution_hours: { type: ['number', 'null'] },
  }),
}

export const schemas: Record<string, JsonSchema> = {
  ...errorSchemas,
  ...authSchemas,
  ...ticketSchemas,
  ...ticketRequestSchemas,
  ...multipartSchemas,
  ...taxonomySchemas,
  ...reportSchemas,
}

/* --------------------------------------------- shared responses and headers */

function errorResponse(description: string, schema = 'Error'): JsonSchema {
  return { description, content: { 'application/json': { schema: ref(schema) } } }
}

export const headers: Record<string, JsonSchema> = {
  RateLimitLimit: {
    description:
      'Requests allowed per minute for this family of routes (auth 30 per IP, read 600 and ' +
      'write 120 per user).',
    schema: { type: 'integer' },
  },
  RateLimitRemaining: {
    description: 'Requests left in the current minute.',
    schema: { type: 'integer' },
  },
  RetryAfter: { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
}

export const responses: Record<string, JsonSchema> = {
  BadRequest: errorResponse(
    'The body could not be parsed: malformed JSON (code E_HTTP) or multipart ' +
      '(E_INVALID_MULTIPART_REQUEST).'
  ),
  Unauthorized: errorResponse(
    'No access token, or an expired or revoked one (E_UNAUTHORIZED_ACCESS).'
  ),
  Forbidden: errorResponse(
    "The caller's role may not use this route (E_FORBIDDEN) or may not act on this record " +
      '(E_AUTHORIZATION_FAILURE).'
  ),
  NotFound: errorResponse(
    'No such record, or not visible to the caller: both look the same ' +
      '(E_NOT_FOUND or E_ROW_NOT_FOUND; E_ROUTE_NOT_FOUND for a non-numeric id).'
  ),
  PayloadTooLarge: errorResponse(
    'The body is larger than the server accepts (E_REQUEST_ENTITY_TOO_LARGE).'
  ),
  ValidationFailed: errorResponse(
    'A field is invalid; `details` names each one. (A JSON body that is a string or number ' +
      'instead of an object is also refused with 422, but as a plain Error: code E_HTTP, ' +
      'details null.)',
    'ValidationError'
  ),
  TooManyRequests: {
    ...errorResponse('Rate limit reached.', 'RateLimitError'),
    headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
  },
}

export const securitySchemes = {
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    description: 'The access_token of POST /auth/login or POST /auth/refresh (valid 15 minutes).',
  },
}
