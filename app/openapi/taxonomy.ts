import { data, id, object, ref, type JsonSchema } from '#openapi/json_schema'
import { jsonBody, operation, pathId } from '#openapi/operation'

/** Groups, categories, subcategories and group members. */

export const taxonomySchemas: Record<string, JsonSchema> = {
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
    assignment: ref('GroupAssignment'),
  }),
  GroupDeletion: object({
    id,
    outcome: {
      type: 'string',
      enum: ['deleted', 'deactivated'],
      description:
        'A group that tickets still use (after any move) is deactivated instead of deleted: ' +
        'hidden from new tickets, kept by its tickets.',
    },
    moved_tickets: { type: 'integer', minimum: 0, description: 'Open tickets moved first.' },
    moved_to: { type: ['integer', 'null'], description: 'The group they moved to.' },
  }),
  GroupDeletionRequest: {
    type: 'object',
    properties: {
      move_open_tickets_to: {
        type: ['integer', 'null'],
        minimum: 1,
        description:
          "Another active group to move the group's open tickets (not resolved or closed) to " +
          'before deleting. Each move is recorded on the ticket like any group change, and an ' +
          'assignee who is not a member of the new group is unassigned. Omitted or null: the ' +
          'tickets stay.',
      },
    },
  },
  GroupUsage: object({
    id,
    tickets: { type: 'integer', minimum: 0, description: 'Tickets in the group, any status.' },
    open_tickets: {
      type: 'integer',
      minimum: 0,
      description: 'Of those, the ones not resolved or closed: what a deletion can move.',
    },
    move_targets: {
      type: 'array',
      description: 'The active groups open tickets can move to.',
      items: object({ id, name: { type: 'string' } }),
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

export const taxonomyPaths: Record<string, Record<string, unknown>> = {
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
      summary: 'Change a group (admins)',
      description:
        'A partial update: only the fields sent change (send null to clear a description or ' +
        'email). `assignment` sets automatic assignment, e.g. ' +
        '`{"assignment": {"mode": "least_active", "max_open": 5}}`.',
      tags: ['Admin'],
      parameters: [pathId('group')],
      requestBody: jsonBody('GroupUpdateRequest'),
      success: { status: 200, description: 'The group.', schema: data(ref('Group')) },
      errors: [400, 401, 403, 404, 422],
    }),
    delete: operation({
      operationId: 'deleteGroup',
      summary: 'Delete a group, or deactivate it when tickets use it (admins)',
      description:
        'Optionally moves the open tickets to another group first, in the same transaction. ' +
        'GET /admin/groups/{id}/usage tells beforehand how many tickets would be affected.',
      tags: ['Admin'],
      parameters: [pathId('group')],
      requestBody: jsonBody('GroupDeletionRequest', false),
      success: { status: 200, description: 'What happened.', schema: data(ref('GroupDeletion')) },
      errors: [400, 401, 403, 404, 422],
    }),
  },
  '/admin/groups/{id}/usage': {
    get: operation({
      operationId: 'getGroupUsage',
      summary: 'How many tickets use a group, before deleting it (admins)',
      tags: ['Admin'],
      parameters: [pathId('group')],
      success: {
        status: 200,
        description: 'The tickets a deletion would affect.',
        schema: data(ref('GroupUsage')),
      },
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
