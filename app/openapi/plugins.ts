import { jsonBody, operation } from '#openapi/operation'
import { data, dateTime, object, orNull, ref, type JsonSchema } from '#openapi/json_schema'

/** Plugins, their settings and failed deliveries: admins. */

const pluginId = {
  name: 'pluginId',
  in: 'path',
  required: true,
  description: "The plugin's id: the name of its folder, e.g. `slack-notify`.",
  schema: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
}

const deliveryId = {
  name: 'deliveryId',
  in: 'path',
  required: true,
  description: "The delivery's id (from GET /admin/plugins/{pluginId}/deliveries).",
  schema: { type: 'integer', minimum: 1 },
}

const count = { type: 'integer', minimum: 0 }

const summaryProperties: Record<string, JsonSchema> = {
  id: { type: 'string' },
  name: { type: 'string', description: 'The id when the plugin failed to load.' },
  version: { type: ['string', 'null'] },
  description: { type: ['string', 'null'] },
  status: {
    type: 'string',
    enum: ['enabled', 'disabled', 'error'],
    description: '`error`: the plugin failed to load (see `error`); it cannot be enabled.',
  },
  error: { type: ['string', 'null'], description: 'Why the plugin failed to load.' },
  enabled: {
    type: 'boolean',
    description:
      "The organization's switch. It can stay on for a plugin that failed to load since.",
  },
  last_error: orNull(
    object(
      {
        message: { type: 'string' },
        hook: { type: ['string', 'null'], description: 'e.g. `ticket.created`.' },
        at: orNull(dateTime),
      },
      { description: 'The last failure of the plugin in this organization, in any hook.' }
    )
  ),
  deliveries: object(
    { ok: count, retried: count, dead: count },
    {
      description:
        'Event deliveries: `ok` and `retried` over the last 24 hours, `dead` every delivery ' +
        'still waiting for a retry.',
    }
  ),
}

export const pluginSchemas: Record<string, JsonSchema> = {
  PluginSummary: object(summaryProperties, {
    description: 'A discovered plugin as the caller’s organization has it.',
  }),
  Plugin: object(
    {
      ...summaryProperties,
      settings: {
        type: 'object',
        additionalProperties: true,
        description:
          'Current values by snake_case field name. A secret is never answered: only ' +
          '`<name>_set` (true when a value is stored).',
      },
      fields: { type: 'array', items: ref('PluginSettingField') },
    },
    { description: 'A plugin with its settings and the description of its settings form.' }
  ),
  PluginSettingField: object({
    name: { type: 'string', description: 'The snake_case name to send in PUT …/settings.' },
    label: { type: 'string' },
    help: { type: ['string', 'null'] },
    placeholder: { type: ['string', 'null'] },
    kind: {
      type: 'string',
      enum: [
        'text',
        'url',
        'email',
        'number',
        'boolean',
        'select',
        'multiselect',
        'secret',
        'rows',
      ],
      description: '`rows`: a list of objects (a table), its cells described by `columns`.',
    },
    required: { type: 'boolean' },
    options: {
      type: 'array',
      items: ref('PluginSettingOption'),
      description:
        'The choices of a select or multiselect: fixed, or the organization’s groups, ' +
        'categories or agents (their ids as `value`). Another value is refused.',
    },
    columns: {
      type: 'array',
      items: ref('PluginSettingColumn'),
      description: 'For `rows`: the columns of each row (empty otherwise).',
    },
    min: { type: ['number', 'null'] },
    max: { type: ['number', 'null'] },
  }),
  PluginSettingOption: object({ value: { type: 'string' }, label: { type: 'string' } }),
  PluginSettingColumn: object({
    name: { type: 'string', description: 'The cell’s snake_case name in a row.' },
    label: { type: 'string' },
    placeholder: { type: ['string', 'null'] },
    kind: { type: 'string', enum: ['text', 'number', 'boolean', 'select'] },
    required: { type: 'boolean' },
    options: { type: 'array', items: ref('PluginSettingOption') },
  }),
  PluginSettingsRequest: {
    type: 'object',
    additionalProperties: true,
    description:
      'Every setting of the plugin by snake_case name (the plugin’s own spelling is accepted ' +
      'too); unknown names are ignored. A full replacement: an omitted optional setting is ' +
      'cleared and an omitted boolean is false, except secrets: an omitted, empty or null ' +
      'secret keeps the stored one.',
  },
  PluginStateRequest: object({ enabled: { type: 'boolean' } }),
  EventDelivery: object(
    {
      id: { type: 'integer', minimum: 1 },
      event: { type: 'string', description: 'e.g. `ticket.created`.' },
      status: { type: 'string', enum: ['pending', 'ok', 'skipped', 'dead'] },
      attempts: count,
      last_error: { type: ['string', 'null'] },
      created_at: dateTime,
      updated_at: { ...dateTime, description: 'When it last ran or failed.' },
    },
    { description: 'The delivery of one event to one plugin.' }
  ),
}

const detail = { status: 200, description: 'The plugin.', schema: data(ref('Plugin')) }

export const pluginPaths: Record<string, Record<string, unknown>> = {
  '/admin/plugins': {
    get: operation({
      operationId: 'listPlugins',
      summary: 'Every discovered plugin, with its state in the organization (admins)',
      tags: ['Plugins'],
      success: {
        status: 200,
        description: 'The plugins, in discovery order.',
        schema: data({ type: 'array', items: ref('PluginSummary') }),
      },
      errors: [401, 403],
    }),
  },
  '/admin/plugins/{pluginId}': {
    get: operation({
      operationId: 'getPlugin',
      summary: 'A plugin with its settings (admins)',
      description: 'Secrets are never answered, only whether one is stored.',
      tags: ['Plugins'],
      parameters: [pluginId],
      success: detail,
      errors: [401, 403, 404],
    }),
  },
  '/admin/plugins/{pluginId}/settings': {
    put: operation({
      operationId: 'configurePlugin',
      summary: "Replace a plugin's settings (admins)",
      description:
        "Validated by the plugin's own schema; 422 names each invalid setting. Secrets are " +
        'stored encrypted. Audited.',
      tags: ['Plugins'],
      parameters: [pluginId],
      requestBody: jsonBody('PluginSettingsRequest'),
      success: detail,
      errors: [400, 401, 403, 404, 422],
      overrides: {
        422: 'A setting is invalid (per field in `details`), or the plugin failed to load (`settings`).',
      },
    }),
  },
  '/admin/plugins/{pluginId}/state': {
    put: operation({
      operationId: 'setPluginState',
      summary: 'Enable or disable a plugin for the organization (admins)',
      description: 'Takes effect in every process within about a second. Audited.',
      tags: ['Plugins'],
      parameters: [pluginId],
      requestBody: jsonBody('PluginStateRequest'),
      success: detail,
      errors: [400, 401, 403, 404, 422],
      overrides: {
        422:
          'Not enabled: the plugin failed to load, or its settings are incomplete (both on ' +
          '`enabled` in `details`).',
      },
    }),
  },
  '/admin/plugins/{pluginId}/deliveries': {
    get: operation({
      operationId: 'listPluginDeliveries',
      summary: "The plugin's dead deliveries (admins)",
      description:
        'Events the plugin failed on every attempt, newest first (at most 50), waiting for a retry.',
      tags: ['Plugins'],
      parameters: [
        pluginId,
        {
          name: 'status',
          in: 'query',
          required: false,
          description: 'Only `dead` is offered (the default).',
          schema: { type: 'string', enum: ['dead'] },
        },
      ],
      success: {
        status: 200,
        description: 'The dead deliveries.',
        schema: data({ type: 'array', items: ref('EventDelivery') }),
      },
      errors: [401, 403, 404, 422],
    }),
  },
  '/admin/plugins/{pluginId}/deliveries/{deliveryId}/retry': {
    post: operation({
      operationId: 'retryPluginDelivery',
      summary: 'Queue a dead delivery again (admins)',
      description:
        'With a fresh set of attempts; steps the plugin completed before are not repeated. Audited.',
      tags: ['Plugins'],
      parameters: [pluginId, deliveryId],
      success: {
        status: 202,
        description: 'Queued; the delivery is `pending` again.',
        schema: data(ref('EventDelivery')),
      },
      errors: [401, 403, 404, 422],
      overrides: {
        422: 'The delivery is not dead, or the job queue is unreachable (on `delivery`).',
      },
    }),
  },
}
