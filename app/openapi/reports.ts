import { PRIORITIES } from '#models/ticket'
import { data, id, object, ref, type JsonSchema } from '#openapi/json_schema'
import { operation } from '#openapi/operation'

/** GET /admin/reports: figures over a period, from the report rollups. */

const count = { type: 'integer', minimum: 0 }
const minutes = { type: ['number', 'null'], minimum: 0 }
const day = { type: 'string', format: 'date' }
const query = (name: string, description: string, schema: JsonSchema) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
})
const times = object({ count, median_minutes: minutes, p90_minutes: minutes })

export const reportSchemas: Record<string, JsonSchema> = {
  Report: object({
    period: object({
      from: day,
      to: day,
      zone: { type: 'string', description: "The organization's time zone." },
      interval: { type: 'string', enum: ['day', 'week'] },
    }),
    filters: object({
      group_id: { type: ['integer', 'null'] },
      agent_id: { type: ['integer', 'null'] },
      priority: { type: ['string', 'null'] },
    }),
    time_basis: {
      type: 'string',
      enum: ['calendar'],
      description: 'Times are calendar time (business hours are the SLA plugin’s report).',
    },
    totals: object({
      created: count,
      resolved: count,
      backlog: count,
      reopened: count,
      reopened_share: { type: ['number', 'null'], minimum: 0, maximum: 1 },
    }),
    series: {
      type: 'array',
      items: object({
        period: { ...day, description: 'The first day of the day or week (clipped to `from`).' },
        created: count,
        resolved: count,
        backlog: {
          ...count,
          description: 'Tickets neither resolved nor closed at the end of the day or week.',
        },
      }),
    },
    times: object({ first_response: times, resolution: times }),
    agents: {
      type: 'array',
      items: object({
        agent_id: id,
        name: { type: 'string' },
        assigned: { ...count, description: 'Assignments to the agent made in the period.' },
        resolved: count,
        median_first_response_minutes: minutes,
      }),
    },
    categories: {
      type: 'array',
      items: object({
        category_id: { type: ['integer', 'null'] },
        name: { type: ['string', 'null'] },
        created: count,
        resolved: count,
      }),
    },
  }),
}

export const reportPaths: Record<string, Record<string, unknown>> = {
  '/admin/reports': {
    get: operation({
      operationId: 'getReport',
      summary: 'Created, resolved, backlog and response times over a period (agents, admins)',
      description:
        'Days are calendar days in the organization’s time zone, both included (default: the ' +
        'last 30 days). Created and resolved count per day or week; the backlog is the number ' +
        'of tickets neither resolved nor closed at the end of each. Medians and 90th ' +
        'percentiles: first response of the tickets created in the period, resolution of those ' +
        'resolved in it. Agents receive their own figures whatever `agent_id` says; a group or ' +
        'agent of another organization is a 422 on its field.',
      tags: ['Reports'],
      parameters: [
        query('from', 'First day, YYYY-MM-DD.', day),
        query('to', 'Last day (included), YYYY-MM-DD.', day),
        query('group_id', 'Only tickets of this group.', id),
        query('agent_id', 'Only tickets assigned to this agent (admins).', id),
        query('priority', 'Only tickets of this priority.', {
          type: 'string',
          enum: [...PRIORITIES],
        }),
        query('interval', '`day` up to 62 days, else `week`, by default.', {
          type: 'string',
          enum: ['day', 'week'],
        }),
      ],
      success: { status: 200, description: 'The report.', schema: data(ref('Report')) },
      errors: [401, 403, 422],
    }),
  },
}
