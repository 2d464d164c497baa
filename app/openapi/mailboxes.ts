import { data, dateTime, id, object, orNull, ref, type JsonSchema } from '#openapi/json_schema'
import { jsonBody, operation, param, pathId } from '#openapi/operation'
import { MAIL_MESSAGE_STATUSES } from '#models/mail_message'
import { AFTER_FETCH_ACTIONS, MAILBOX_TLS_MODES } from '#models/mailbox'

/** The e-mail channel's mailboxes (admins): where mail is fetched from, and where it goes. */

const folder = { type: 'string', minLength: 1, maxLength: 255 }

const settings: Record<string, JsonSchema> = {
  name: {
    type: 'string',
    minLength: 1,
    maxLength: 120,
    description: 'Unique in the organization.',
  },
  host: {
    type: 'string',
    maxLength: 253,
    description: "The IMAP server's host name or IP address (no scheme or port).",
  },
  port: { type: 'integer', minimum: 1, maximum: 65535, description: 'Usually 993 (implicit TLS).' },
  tls: {
    type: 'string',
    enum: [...MAILBOX_TLS_MODES],
    description:
      '`implicit`: TLS from the first byte (port 993); `starttls`: plain, then upgraded (port ' +
      '143); `none`: unencrypted, for test servers only.',
  },
  verify_certificates: {
    type: 'boolean',
    description:
      "Check the server's certificate (default true). Turn off only for a server with a " +
      'self-signed certificate on a network you trust.',
  },
  user: { type: 'string', minLength: 1, maxLength: 320, description: 'The IMAP user name.' },
  password: {
    type: 'string',
    minLength: 1,
    maxLength: 1000,
    writeOnly: true,
    description:
      'Stored encrypted with APP_KEY and never answered (see `password_set`). On update, ' +
      'leave it out to keep the stored one.',
  },
  folder: { ...folder, description: 'The folder mail is fetched from (default INBOX).' },
  group_id: {
    ...id,
    description:
      "The group new tickets go to: one of the caller's organization (else 422). While a " +
      'mailbox uses a group, deleting the group deactivates it instead.',
  },
  after_fetch: {
    type: 'string',
    enum: [...AFTER_FETCH_ACTIONS],
    description:
      '`move` (default): mark fetched mail seen and move it to `move_to`; `delete`: delete it.',
  },
  move_to: { ...folder, description: 'Where `move` puts fetched mail (default "Processed").' },
  allow_cc_replies: {
    type: 'boolean',
    description:
      'Replies from people in copy of a ticket mail are added to the ticket (default false: ' +
      'only the requester and agents reply).',
  },
  loop_limit: {
    type: 'integer',
    minimum: 1,
    maximum: 10000,
    description:
      'Loop protection: mail from one sender beyond this many messages within ' +
      '`loop_window_minutes` is held (default 20).',
  },
  loop_window_minutes: { type: 'integer', minimum: 1, maximum: 1440, description: 'Default 10.' },
  is_active: { type: 'boolean', description: 'Inactive mailboxes are not fetched (default true).' },
}

/** The settings an answer carries: all but the write-only password. */
const answered = Object.fromEntries(
  Object.entries(settings).filter(([name]) => name !== 'password')
)

export const mailboxSchemas: Record<string, JsonSchema> = {
  Mailbox: object({
    id,
    ...answered,
    password_set: { type: 'boolean', description: 'Whether a password is stored.' },
    last_fetched_at: { ...dateTime, type: ['string', 'null'] },
    last_error: {
      type: ['string', 'null'],
      description: 'Why the last fetch failed; cleared by a successful one or a settings change.',
    },
    created_at: dateTime,
    updated_at: dateTime,
  }),
  MailboxCreate: {
    type: 'object',
    required: ['name', 'host', 'port', 'tls', 'user', 'password', 'group_id'],
    properties: settings,
  },
  MailboxUpdate: {
    type: 'object',
    description:
      'Only the fields given change. A new host, port, user or folder makes the next fetch ' +
      'start afresh in that folder.',
    properties: settings,
  },
  ConnectionTest: {
    oneOf: [
      object({
        ok: { type: 'boolean', const: true },
        folder: { type: 'string' },
        messages: { type: 'integer', minimum: 0, description: 'Messages in the folder now.' },
        uid_validity: { type: 'string', description: "The folder's UIDVALIDITY." },
        encrypted: { type: 'boolean', description: 'Whether the session was encrypted.' },
      }),
      object({
        ok: { type: 'boolean', const: false },
        stage: {
          type: 'string',
          enum: ['connect', 'tls', 'login', 'folder'],
          description: 'Where it stopped.',
        },
        message: { type: 'string', description: 'Why, in words for an admin; never the password.' },
      }),
    ],
  },
  MailMessage: object({
    id,
    uid: { type: 'integer', minimum: 0 },
    uid_validity: { type: 'integer', minimum: 0 },
    message_id: { type: ['string', 'null'] },
    from: { type: ['string', 'null'] },
    subject: { type: ['string', 'null'] },
    status: {
      type: 'string',
      enum: [...MAIL_MESSAGE_STATUSES],
      description:
        '`ticket` opened a ticket, `reply` added a comment, `ignored` (see `reason`), `held` by ' +
        'loop protection (release it with retry), `failed` (see `error`): the dead-letter list.',
    },
    reason: {
      type: ['string', 'null'],
      description:
        'Why it was ignored or held: `bounce`, `auto_reply`, `read_receipt`, `own_address`, ' +
        '`duplicate`, `no_sender`, `foreign_sender`, `inactive_sender`, `loop`.',
    },
    detail: {
      type: ['string', 'null'],
      description:
        'Which rule ignored or held it, in words (English), e.g. "Auto-Submitted: auto-replied".',
    },
    error: { type: ['string', 'null'], description: 'Why processing failed.' },
    ticket: orNull(object({ id, reference: { type: 'string' } })),
    comment_id: { ...id, type: ['integer', 'null'] },
    attempts: { type: 'integer', minimum: 0 },
    received_at: { ...dateTime, type: ['string', 'null'] },
    processed_at: { ...dateTime, type: ['string', 'null'] },
    refused_attachments: {
      type: 'array',
      items: object({ name: { type: 'string' }, reason: { type: 'string' } }),
    },
  }),
  PaginatedMailMessages: object({
    data: { type: 'array', items: ref('MailMessage') },
    metadata: ref('PaginationMeta'),
  }),
}

const messageId = {
  name: 'messageId',
  in: 'path',
  required: true,
  description: "The message's id.",
  schema: { type: 'integer', minimum: 1 },
}

const single = (description: string, status = 200) => ({
  status,
  description,
  schema: data(ref('Mailbox')),
})

export const mailboxPaths: Record<string, Record<string, unknown>> = {
  '/admin/mailboxes': {
    get: operation({
      operationId: 'listMailboxes',
      summary: "The organization's mailboxes (admins)",
      tags: ['Admin'],
      success: {
        status: 200,
        description: 'Mailboxes by name.',
        schema: data({ type: 'array', items: ref('Mailbox') }),
      },
      errors: [401, 403],
    }),
    post: operation({
      operationId: 'createMailbox',
      summary: 'Add a mailbox to fetch mail from (admins)',
      tags: ['Admin'],
      requestBody: jsonBody('MailboxCreate'),
      success: single('The mailbox.', 201),
      errors: [400, 401, 403, 422],
    }),
  },
  '/admin/mailboxes/{id}': {
    get: operation({
      operationId: 'getMailbox',
      summary: 'A mailbox (admins)',
      tags: ['Admin'],
      parameters: [pathId('mailbox')],
      success: single('The mailbox.'),
      errors: [401, 403, 404],
    }),
    put: operation({
      operationId: 'updateMailbox',
      summary: "Change a mailbox's settings (admins)",
      tags: ['Admin'],
      parameters: [pathId('mailbox')],
      requestBody: jsonBody('MailboxUpdate'),
      success: single('The mailbox.'),
      errors: [400, 401, 403, 404, 422],
    }),
    delete: operation({
      operationId: 'deleteMailbox',
      summary: 'Delete a mailbox; its tickets stay (admins)',
      tags: ['Admin'],
      parameters: [pathId('mailbox')],
      success: { status: 204, description: 'Deleted.' },
      errors: [401, 403, 404],
    }),
  },
  '/admin/mailboxes/{id}/test': {
    post: operation({
      operationId: 'testMailbox',
      summary: "Try a mailbox's stored settings against its server (admins)",
      description:
        'Connects, signs in and opens the folder read-only. A failure is an answer (200, ' +
        '`ok: false`), not an error.',
      tags: ['Admin'],
      parameters: [pathId('mailbox')],
      success: { status: 200, description: 'The result.', schema: data(ref('ConnectionTest')) },
      errors: [401, 403, 404],
    }),
  },
  '/admin/mailboxes/{id}/messages': {
    get: operation({
      operationId: 'listMailMessages',
      summary: 'The messages a mailbox fetched, newest first (admins)',
      tags: ['Admin'],
      parameters: [
        pathId('mailbox'),
        {
          name: 'status',
          in: 'query',
          required: false,
          description: 'Only messages of this status; `failed` is the dead-letter list.',
          schema: { type: 'string', enum: ['ticket', 'reply', 'ignored', 'held', 'failed'] },
        },
        param('Page'),
      ],
      success: {
        status: 200,
        description: 'A page of messages (25 each).',
        schema: ref('PaginatedMailMessages'),
      },
      errors: [401, 403, 404, 422],
    }),
  },
  '/admin/mailboxes/{id}/messages/{messageId}/raw': {
    get: operation({
      operationId: 'downloadMailMessage',
      summary: 'A fetched message as it arrived, as an .eml file (admins)',
      tags: ['Admin'],
      parameters: [pathId('mailbox'), messageId],
      success: {
        status: 200,
        description: 'The raw message (`<id>.eml`).',
        content: { 'message/rfc822': { schema: { type: 'string' } } },
      },
      errors: [401, 403, 404],
    }),
  },
  '/admin/mailboxes/{id}/messages/{messageId}/retry': {
    post: operation({
      operationId: 'retryMailMessage',
      summary: 'Process a failed message again, or release a held one (admins)',
      tags: ['Admin'],
      parameters: [pathId('mailbox'), messageId],
      success: {
        status: 200,
        description: 'The message as it stands after.',
        schema: data(ref('MailMessage')),
      },
      errors: [401, 403, 404, 422],
      overrides: { 422: 'The message is neither failed nor held (`details.status`).' },
    }),
  },
}
