import { PRIORITIES, STATUSES } from '#models/ticket'
import { QUEUES, SORTS } from '#validators/ticket'
import { data, ref, type JsonSchema } from '#openapi/schemas'

/**
 * paths of the OpenAPI document, relative to servers[0].url (…/api/v1).
 * One entry per route of start/routes/api.ts; the functional test
 * tests/functional/api/openapi.spec.ts compares both lists.
 */

export type Tag =
  'Meta' | 'Auth' | 'Tickets' | 'Taxonomy' | 'Desk' | 'Reports' | 'Admin' | 'Plugins'
type ErrorStatus = 400 | 401 | 403 | 404 | 413 | 422 | 429

const ERROR_RESPONSES: Record<ErrorStatus, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  413: 'PayloadTooLarge',
  422: 'ValidationFailed',
  429: 'TooManyRequests',
}

const rateLimitHeaders = {
  'X-RateLimit-Limit': { $ref: '#/components/headers/RateLimitLimit' },
  'X-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
}

type Operation = {
  operationId: string
  summary: string
  description?: string
  tags: Tag[]
  /** false: no access token needed (the document's default is bearerAuth). */
  authenticated?: boolean
  /** false: not rate limited (no X-RateLimit headers, no 429). */
  throttled?: boolean
  parameters?: JsonSchema[]
  requestBody?: JsonSchema
  success: {
    status: number
    description: string
    schema?: JsonSchema
    content?: JsonSchema
    headers?: JsonSchema
  }
  errors: ErrorStatus[]
  /** Error responses that need a more specific description than the shared one. */
  overrides?: Partial<Record<ErrorStatus, string>>
}

export function operation(op: Operation) {
  const throttled = op.throttled ?? true
  const success: JsonSchema = { description: op.success.description }
  if (op.success.content) {
    success.content = op.success.content
  } else if (op.success.schema) {
    success.content = { 'application/json': { schema: op.success.schema } }
  }
  if (throttled) {
    success.headers = { ...rateLimitHeaders, ...op.success.headers }
  } else if (op.success.headers) {
    success.headers = op.success.headers
  }
  const errors: ErrorStatus[] =
    throttled && !op.errors.includes(429) ? [...op.errors, 429] : op.errors
  const responses: Record<string, JsonSchema> = { [String(op.success.status)]: success }
  for (const status of [...errors].sort((a, b) => a - b)) {
    const override = op.overrides?.[status]
    responses[String(status)] = override
      ? { description: override, content: { 'application/json': { schema: ref('Error') } } }
      : { $ref: `#/components/responses/${ERROR_RESPONSES[status]}` }
  }
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: op.tags,
    ...(op.authenticated === false ? { security: [] } : {}),
    ...(op.parameters ? { parameters: op.parameters } : {}),
    ...(op.requestBody ? { requestBody: op.requestBody } : {}),
    responses,
  }
}

export function jsonBody(schema: string, required = true) {
  return { required, content: { 'application/json': { schema: ref(schema) } } }
}

/** JSON, or multipart/form-data with the same fields plus `attachments[]` files. */
function jsonOrMultipart(json: string, multipart: string) {
  return {
    required: true,
    content: {
      'application/json': { schema: ref(json) },
      'multipart/form-data': {
        schema: ref(multipart),
        encoding: { 'attachments[]': { contentType: '*/*' } },
      },
    },
  }
}

function param(name: string) {
  return { $ref: `#/components/parameters/${name}` }
}

/* ---------------------------------------------------------------- parameters */

const pathId = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what}'s id.`,
  schema: { type: 'integer', minimum: 1 },
})

const listOf = (values: readonly string[], what: string) => ({
  in: 'query',
  required: false,
  description:
    `Only tickets with one of these ${what} values (case-insensitive). Repeat the parameter, ` +
    `use \`${what}[]=\`, or separate values with commas (\`${what}=a,b\`).`,
  style: 'form',
  explode: true,
  schema: { type: 'array', items: { type: 'string', enum: [...values] } },
})

export const parameters: Record<string, JsonSchema> = {
  Search: {
    name: 'q',
    in: 'query',
    required: false,
    description:
      'Full-text search over title, description and public replies (staff: internal notes ' +
      'too). A ticket number ("SB-1042", "#1042", "1042") finds that ticket. Rows then carry ' +
      'a `snippet`, and the default sort is `relevance`.',
    schema: { type: 'string', maxLength: 200 },
  },
  Status: { name: 'status', ...listOf(STATUSES, 'status') },
  Priority: { name: 'priority', ...listOf(PRIORITIES, 'priority') },
  GroupId: {
    name: 'group_id',
    in: 'query',
    required: false,
    description: 'Only tickets of this group.',
    schema: { type: 'integer', minimum: 1 },
  },
  CategoryId: {
    name: 'category_id',
    in: 'query',
    required: false,
    description: 'Only tickets of this category.',
    schema: { type: 'integer', minimum: 1 },
  },
  AssignedTo: {
    name: 'assigned_to',
    in: 'query',
    required: false,
    description:
      'Only tickets assigned to this user id, or `none` for unassigned tickets. (The field ' +
      'in the answers is `assignee_id`; this filter is named `assigned_to`.)',
    schema: { type: 'string', pattern: '^(none|\\d+)$' },
  },
  RequesterId: {
    name: 'requester_id',
    in: 'query',
    required: false,
    description: 'Only tickets requested by this user.',
    schema: { type: 'integer', minimum: 1 },
  },
  Queue: {
    name: 'queue',
    in: 'query',
    required: false,
    description:
      '`unassigned`: active tickets without assignee; `mine`: assigned to the caller, not ' +
      "closed; `groups`: of the caller's groups, not closed; `urgent`: active high/critical; " +
      '`all` (default): everything the caller may see.',
    schema: { type: 'string', enum: [...QUEUES] },
  },
  CreatedFrom: {
    name: 'created_from',
    in: 'query',
    required: false,
    description: 'Created on or after this day (UTC), YYYY-MM-DD.',
    schema: { type: 'string', format: 'date' },
  },
  CreatedTo: {
    name: 'created_to',
    in: 'query',
    required: false,
    description: 'Created on or before this day (UTC, inclusive), YYYY-MM-DD.',
    schema: { type: 'string', format: 'date' },
  },
  Sort: {
    name: 'sort',
    in: 'query',
    required: false,
    description: '`newest` by default; `relevance` by default when searching with `q`.',
    schema: { type: 'string', enum: [...SORTS] },
  },
  Page: {
    name: 'page',
    in: 'query',
    required: false,
    schema: { type: 'integer', minimum: 1, default: 1 },
  },
  PerPage: {
    name: 'per_page',
    in: 'query',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
  },
}

const ticketFilters = [
  'Search',
  'Status',
  'Priority',
  'GroupId',
  'CategoryId',
  'AssignedTo',
  'CreatedFrom',
  'CreatedTo',
  'Sort',
  'Page',
  'PerPage',
].map(param)

const filterNote =
  "Empty parameters are ignored. The web app's camelCase names (perPage, groupId, " +
  'categoryId, assigneeId, requesterId, createdFrom, createdTo) are accepted too.'

/* --------------------------------------------------------------------- paths */

export const paths: Record<string, Record<string, unknown>> = {
  '/openapi.json': {
    get: operation({
      operationId: 'getOpenApiDocument',
      summary: 'This document',
      tags: ['Meta'],
      authenticated: false,
      throttled: false,
      success: {
        status: 200,
        description: 'The OpenAPI 3.1 description of /api/v1.',
        schema: { type: 'object' },
      },
      errors: [],
    }),
  },

  '/auth/login': {
    post: operation({
      operationId: 'login',
      summary: 'Sign in: exchange e-mail and password for a token pair',
      description:
        'Starts a login: a 15-minute access token and a 30-day single-use refresh token. ' +
        'Failed sign-ins are throttled per account and address (429).',
      tags: ['Auth'],
      authenticated: false,
      requestBody: jsonBody('LoginRequest'),
      success: { status: 200, description: 'Signed in.', schema: ref('TokenPair') },
      errors: [400, 401, 422],
      overrides: {
        401: 'Wrong e-mail or password, or an inactive account (E_INVALID_CREDENTIALS).',
      },
    }),
  },
  '/auth/refresh': {
    post: operation({
      operationId: 'refreshToken',
      summary: 'Exchange a refresh token for a new token pair',
      description:
        'Burns the refresh token and ends the access token of the same login. A refresh token ' +
        'presented twice revokes every token of that login (401).',
      tags: ['Auth'],
      authenticated: false,
      requestBody: jsonBody('RefreshRequest'),
      success: { status: 200, description: 'The next token pair.', schema: ref('TokenPair') },
      errors: [400, 401, 422],
      overrides: {
        401: 'The refresh token is unknown, expired, revoked or already used (E_UNAUTHORIZED_ACCESS).',
      },
    }),
  },
  '/auth/logout': {
    post: operation({
      operationId: 'logout',
      summary: 'Sign out: revoke this login',
      description: 'Revokes the access token and the refresh tokens of its login.',
      tags: ['Auth'],
      success: { status: 204, description: 'Signed out.' },
      errors: [401],
    }),
  },
  '/me': {
    get: operation({
      operationId: 'getMe',
      summary: 'The signed-in user',
      tags: ['Auth'],
      success: { status: 200, description: 'The caller.', schema: data(ref('User')) },
      errors: [401],
    }),
  },

  '/me/notification-preferences': {
    put: operation({
      operationId: 'updateNotificationPreferences',
      summary: "Choose the caller's notification e-mails",
      description:
        'The same choices as the profile page. Every change is recorded in the audit log.',
      tags: ['Auth'],
      requestBody: jsonBody('NotificationPreferencesRequest'),
      success: {
        status: 200,
        description: 'The choices now in effect.',
        schema: data(ref('NotificationPreferences')),
      },
      errors: [400, 401, 422],
    }),
  },

  '/groups': {
    get: operation({
      operationId: 'listTaxonomy',
      summary: 'Active groups with their categories and subcategories',
      description:
        'The choices for opening a ticket, in display order. Inactive entries are left out.',
      tags: ['Taxonomy'],
      success: {
        status: 200,
        description: 'The active taxonomy tree.',
        schema: data({ type: 'array', items: ref('TaxonomyGroup') }),
      },
      errors: [401],
    }),
  },

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
        'and belong together (422 otherwise).',
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

  '/admin/tickets': {
    get: operation({
      operationId: 'listDeskTickets',
      summary: 'The desk: tickets the caller may work on (agents, admins)',
      description:
        'Agents see tickets they requested, are assigned to, or that belong to their groups; ' +
        `admins see every ticket of the organization. ${filterNote}`,
      tags: ['Desk'],
      parameters: [param('Queue'), ...ticketFilters, param('RequesterId')],
      success: { status: 200, description: 'A page of tickets.', schema: ref('PaginatedTickets') },
      errors: [401, 403, 422],
    }),
  },
  '/admin/tickets/{id}': {
    put: operation({
      operationId: 'updateTicket',
      summary: 'Change title, priority or classification',
      description:
        'Only the fields sent change. Agents: tickets assigned to them or of their groups.',
      tags: ['Desk'],
      parameters: [pathId('ticket')],
      requestBody: jsonBody('UpdateTicketRequest', false),
      success: { status: 200, description: 'The ticket.', schema: data(ref('TicketDetail')) },
      errors: [400, 401, 403, 404, 422],
    }),
  },
  '/admin/tickets/{id}/assign': {
    put: operation({
      operationId: 'assignTicket',
      summary: 'Assign or unassign a ticket',
      description:
        'Assigning an open ticket makes it `assigned`; unassigning an assigned or in-progress ' +
        'ticket puts it back to `open`.',
      tags: ['Desk'],
      parameters: [pathId('ticket')],
      requestBody: jsonBody('AssignRequest'),
      success: { status: 200, description: 'The ticket.', schema: data(ref('TicketDetail')) },
      errors: [400, 401, 403, 404, 422],
    }),
  },
  '/admin/tickets/{id}/status': {
    put: operation({
      operationId: 'changeTicketStatus',
      summary: 'Change the status of a ticket',
      description:
        '`assigned` and `in_progress` need an assignee, `open` needs none, and `closed` is ' +
        'final; a refused transition is a 422 on `status`.',
      tags: ['Desk'],
      parameters: [pathId('ticket')],
      requestBody: jsonBody('StatusRequest'),
      success: { status: 200, description: 'The ticket.', schema: data(ref('TicketDetail')) },
      errors: [400, 401, 403, 404, 422],
    }),
  },

  '/admin/reports': {
    get: operation({
      operationId: 'getReport',
      summary: 'Counts and average response times (agents, admins)',
      description: 'Over the tickets the caller may see, optionally by creation day.',
      tags: ['Reports'],
      parameters: [param('CreatedFrom'), param('CreatedTo')],
      success: { status: 200, description: 'The report.', schema: data(ref('Report')) },
      errors: [401, 403, 422],
    }),
  },

  '/admin/groups': {
    post: operation({
      operationId: 'createGroup',
      summary: 'Create a group (admins)',
      tags: ['Admin'],
      requestBody: jsonBody('GroupRequest'),
      success: { status: 201, description: 'The new group.', schema: data(ref('Group')) },
      errors: [400, 401, 403, 422],
    }),
  },
  '/admin/groups/{id}': {
    put: operation({
      operationId: 'updateGroup',
      summary: 'Replace a group (admins)',
      description:
        'A full replacement: an omitted description or email is cleared; an omitted ' +
        'is_active is kept.',
      tags: ['Admin'],
      parameters: [pathId('group')],
      requestBody: jsonBody('GroupRequest'),
      success: { status: 200, description: 'The group.', schema: data(ref('Group')) },
      errors: [400, 401, 403, 404, 422],
    }),
    delete: operation({
      operationId: 'deleteGroup',
      summary: 'Delete a group, or deactivate it when tickets use it (admins)',
      tags: ['Admin'],
      parameters: [pathId('group')],
      success: { status: 200, description: 'What happened.', schema: data(ref('GroupDeletion')) },
      errors: [401, 403, 404],
    }),
  },
  '/admin/groups/{id}/categories': {
    post: operation({
      operationId: 'createCategory',
      summary: 'Add a category to a group (admins)',
      tags: ['Admin'],
      parameters: [pathId('group')],
      requestBody: jsonBody('TaxonomyEntryRequest'),
      success: { status: 201, description: 'The new category.', schema: data(ref('Category')) },
      errors: [400, 401, 403, 404, 422],
    }),
  },
  '/admin/categories/{id}/subcategories': {
    post: operation({
      operationId: 'createSubcategory',
      summary: 'Add a subcategory to a category (admins)',
      tags: ['Admin'],
      parameters: [pathId('category')],
      requestBody: jsonBody('TaxonomyEntryRequest'),
      success: {
        status: 201,
        description: 'The new subcategory.',
        schema: data(ref('Subcategory')),
      },
      errors: [400, 401, 403, 404, 422],
    }),
  },
  '/admin/groups/{id}/members': {
    post: operation({
      operationId: 'addGroupMember',
      summary: 'Add an agent or admin to a group (admins)',
      description: 'Adding a member twice changes nothing and still answers 201.',
      tags: ['Admin'],
      parameters: [pathId('group')],
      requestBody: jsonBody('MemberRequest'),
      success: { status: 201, description: 'The membership.', schema: data(ref('Membership')) },
      errors: [400, 401, 403, 404, 422],
    }),
    delete: operation({
      operationId: 'removeGroupMember',
      summary: 'Remove a member from a group (admins)',
      description:
        'The user is named in the JSON body, not in the path. Removing a non-member also ' +
        'answers 204.',
      tags: ['Admin'],
      parameters: [pathId('group')],
      requestBody: jsonBody('MemberRequest'),
      success: { status: 204, description: 'Removed.' },
      errors: [400, 401, 403, 404, 422],
    }),
  },
}
