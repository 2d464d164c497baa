import { PRIORITIES, STATUSES } from '#models/ticket'
import { QUEUES, SORTS } from '#validators/ticket'
import { PLUGIN_SORT_VALUE } from '#platform/plugin_sorts'
import type { JsonSchema } from '#openapi/json_schema'
import { param } from '#openapi/operation'

/** The query parameters of the ticket lists (portal and desk), as document components. */

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
    description:
      '`newest` by default; `relevance` by default when searching with `q`. A plugin the ' +
      'organization enabled may offer sorts of its own, named `plugin:<plugin id>:<sort name>` ' +
      "(e.g. `plugin:sla-escalation:sla-due`): tickets without the plugin's value come last. " +
      'A plugin sort the organization does not have (unknown, or its plugin disabled) gives the ' +
      'default order.',
    schema: {
      oneOf: [
        { type: 'string', enum: [...SORTS] },
        { type: 'string', pattern: PLUGIN_SORT_VALUE.source },
      ],
    },
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

const FILTERS = [
  'Search',
  'Status',
  'Priority',
  'GroupId',
  'CategoryId',
  'AssignedTo',
  'CreatedFrom',
  'CreatedTo',
  'Sort',
]

export const ticketFilters = [...FILTERS, 'Page', 'PerPage'].map(param)

/** An export holds every page: the same filters, without page and per_page. */
export const exportFilters = FILTERS.map(param)

export const filterNote =
  "Empty parameters are ignored. The web app's camelCase names (perPage, groupId, " +
  'categoryId, assigneeId, requesterId, createdFrom, createdTo) are accepted too.'
