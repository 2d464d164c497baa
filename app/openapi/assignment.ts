import { ASSIGNMENT_MODES } from '#models/group'
import { data, dateTime, id, object, orNull, ref, type JsonSchema } from '#openapi/json_schema'
import { jsonBody, operation, pathId } from '#openapi/operation'

/** Automatic assignment (issue 16): a group's mode and cap, availability, and why an agent was chosen. */

const awayUntil = {
  type: ['string', 'null'],
  description:
    'Away until then, ISO 8601: a date (`2026-12-24`: the start of that day in the ' +
    "organization's time zone) or a date-time with an offset (that instant). Must be in the " +
    'future. Left out or null with `available: false`: away until set available again. ' +
    'Ignored with `available: true`.',
  examples: ['2026-12-24', '2026-12-24T09:00:00+01:00'],
}

export const assignmentSchemas: Record<string, JsonSchema> = {
  GroupAssignment: object(
    {
      mode: {
        type: 'string',
        enum: [...ASSIGNMENT_MODES],
        description:
          '`round_robin`: members in turn; `least_active`: the member with the fewest open ' +
          'tickets across all groups, ties to whoever automatic assignment served longest ago. ' +
          'An enabled plugin providing `ticket.assignment_strategy` is asked first.',
      },
      max_open: {
        type: ['integer', 'null'],
        minimum: 1,
        maximum: 10000,
        description: 'Open tickets (across all groups) an agent may hold before being skipped.',
      },
    },
    { description: "How new tickets of the group find an agent; 'off' leaves them unassigned." }
  ),
  GroupUpdateRequest: {
    type: 'object',
    description: 'Any of the fields; those left out keep their values.',
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 120 },
      description: { type: ['string', 'null'], maxLength: 2000 },
      email: { type: ['string', 'null'], format: 'email', maxLength: 254 },
      is_active: { type: 'boolean' },
      assignment: {
        type: 'object',
        properties: {
          mode: { type: 'string', enum: [...ASSIGNMENT_MODES] },
          max_open: { type: ['integer', 'null'], minimum: 1, maximum: 10000 },
        },
      },
    },
  },
  Availability: object({
    user_id: id,
    available: {
      type: 'boolean',
      description: 'Whether automatic assignment gives them tickets now.',
    },
    away_until: orNull({ ...dateTime, description: 'When an away with an end ends.' }),
  }),
  UserAvailability: object({
    available: { type: 'boolean' },
    away_until: orNull(dateTime),
  }),
  AvailabilityRequest: {
    type: 'object',
    required: ['available'],
    properties: { available: { type: 'boolean' }, away_until: awayUntil },
  },
  HistoryEntry: object(
    {
      id,
      field: {
        type: 'string',
        description: 'created, status, assignee, priority, group, category, subcategory, title…',
      },
      old_value: { type: ['string', 'null'] },
      new_value: { type: ['string', 'null'] },
      is_internal: { type: 'boolean' },
      reason: {
        type: ['string', 'null'],
        description:
          'For an automatic assignment (field `assignee`, actor null): the rule that chose the ' +
          'agent and why, in the caller\'s language, e.g. "least active: 3 open tickets, fewest ' +
          'in IT support; Kim skipped: away". Null otherwise, and for customers.',
      },
      actor: orNull(
        object({ id: orNull(id), name: { type: 'string' }, plugin: { type: ['string', 'null'] } })
      ),
      created_at: dateTime,
    },
    { description: 'One entry of the ticket timeline: who changed what, and when.' }
  ),
}

const setAvailability = (
  operationId: string,
  summary: string,
  description: string,
  admin: boolean
) =>
  operation({
    operationId,
    summary,
    description,
    tags: [admin ? 'Admin' : 'Auth'],
    ...(admin ? { parameters: [pathId('user')] } : {}),
    requestBody: jsonBody('AvailabilityRequest'),
    success: {
      status: 200,
      description: 'The availability now.',
      schema: data(ref('Availability')),
    },
    errors: admin ? [400, 401, 403, 404, 422] : [400, 401, 403, 422],
  })

export const assignmentPaths: Record<string, Record<string, unknown>> = {
  '/me/availability': {
    put: setAvailability(
      'setMyAvailability',
      'Set the caller available or away (agents and admins)',
      'Away agents get no tickets by automatic assignment. Coming back assigns the tickets ' +
        'waiting in their groups within seconds. Recorded in the audit log.',
      false
    ),
  },
  '/admin/users/{id}/availability': {
    put: setAvailability(
      'setUserAvailability',
      "Set an agent's availability, e.g. away until a date (admins)",
      'As PUT /me/availability, for an agent or admin of the organization; another ' +
        "organization's user is not found.",
      true
    ),
  },
}
