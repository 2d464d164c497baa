/**
 * Building blocks of the OpenAPI document's JSON Schemas, shared by every
 * area module (account, tickets, desk, taxonomy, plugins). Response shapes
 * follow the transformers (app/transformers) after snake-casing
 * (app/helpers/api_json.ts); request shapes follow the validators.
 * Enumerations come from the models, so they cannot drift.
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
export function object(properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema {
  return { type: 'object', required: Object.keys(properties), properties, ...extra }
}

export const id = { type: 'integer', minimum: 1 }
export const dateTime = { type: 'string', format: 'date-time' }
