import { ROLES } from '#models/user'
import { NOTIFICATION_KINDS } from '#services/notifications/notification_kinds'
import { data, dateTime, id, object, orNull, ref, type JsonSchema } from '#openapi/json_schema'
import { jsonBody, operation } from '#openapi/operation'

/** Tokens, the signed-in user and their notification settings; the document itself. */

export const accountSchemas: Record<string, JsonSchema> = {
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
    availability: ref('UserAvailability'),
  }),
  SignIn: object({
    id: {
      type: 'string',
      description: 'A handle for ending this sign-in (`web-…` or `api-…`); not a credential.',
    },
    device: {
      type: 'string',
      description: 'Browser and system, or the API client: "Firefox on Windows", "curl 8.5.0".',
    },
    browser: { type: ['string', 'null'] },
    system: { type: ['string', 'null'] },
    ip: { type: ['string', 'null'] },
    signed_in_at: dateTime,
    last_seen_at: dateTime,
    current: { type: 'boolean', description: 'The sign-in making this request.' },
  }),
  SignIns: object({
    web: { type: 'array', items: ref('SignIn'), description: 'Browser sessions.' },
    api: { type: 'array', items: ref('SignIn'), description: 'API sign-ins (token families).' },
  }),
  ...notificationSchemas(),
}

const signInId = {
  name: 'handle',
  in: 'path',
  required: true,
  description: "The sign-in's `id` from GET /me/sessions.",
  schema: { type: 'string', pattern: '^(web|api)-[0-9a-f]{20}$' },
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

export const accountPaths: Record<string, Record<string, unknown>> = {
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
      errors: [400, 401, 422, 503],
      overrides: {
        401: 'Wrong e-mail or password, or an inactive account (E_INVALID_CREDENTIALS).',
        503: "No way in worked and the organization's directory could not be reached (E_DIRECTORY_UNREACHABLE); a local account still signs in.",
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

  '/me/sessions': {
    get: operation({
      operationId: 'listSignIns',
      summary: 'Where the caller is signed in',
      description:
        'Browser sessions and API sign-ins with device, address and last activity, as the ' +
        'profile page lists them.',
      tags: ['Auth'],
      success: { status: 200, description: 'The live sign-ins.', schema: data(ref('SignIns')) },
      errors: [401],
    }),
    delete: operation({
      operationId: 'endOtherSignIns',
      summary: 'Sign out everywhere else',
      description:
        'Ends every browser session, remember-me token and API sign-in of the caller except ' +
        'the API sign-in making this request. Recorded in the audit log.',
      tags: ['Auth'],
      success: { status: 204, description: 'Signed out everywhere else.' },
      errors: [401],
    }),
  },
  '/me/sessions/{handle}': {
    delete: operation({
      operationId: 'endSignIn',
      summary: 'End one sign-in',
      description: 'Signs that browser or API client out at once. Recorded in the audit log.',
      tags: ['Auth'],
      parameters: [signInId],
      success: { status: 204, description: 'Signed out.' },
      errors: [401, 404],
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
}
