import vine, { errors, SimpleMessagesProvider } from '@vinejs/vine'
import type { SchemaTypes } from '@vinejs/vine/types'
import type { PluginRequest } from '#platform/sdk'

/**
 * How the admin forms' input gets in. The SDK's `request.validate` takes a
 * schema but no messages, and its default messages name a nested field by
 * its last key ("The start is not in the expected format."); these forms
 * have rows of intervals, holidays and ladder steps, so they validate with
 * messages of their own, keyed by the field's path like VineJS does
 * (`hours.mon.1.end`), which is where the form shows them.
 */

export type FieldError = { field: string; message: string }

/** Messages for the rules every form uses; each form adds its own by field path. */
export const COMMON_MESSAGES: Record<string, string> = {
  'required': 'The {{ field }} is required.',
  'string': 'The {{ field }} must be text.',
  'number': 'The {{ field }} must be a number.',
  'boolean': 'The {{ field }} must be yes or no.',
  'array': 'The {{ field }} must be a list.',
  'object': 'The {{ field }} is missing.',
  'minLength': 'The {{ field }} must be at least {{ min }} characters long.',
  'maxLength': 'The {{ field }} must be at most {{ max }} characters long.',
  'array.minLength': 'The {{ field }} needs at least {{ min }} entries.',
  'array.maxLength': 'The {{ field }} can have at most {{ max }} entries.',
  'withoutDecimals': 'The {{ field }} must be a whole number.',
  'min': 'The {{ field }} must be at least {{ min }}.',
  'max': 'The {{ field }} must be at most {{ max }}.',
  'positive': 'The {{ field }} must be above 0.',
  'enum': 'Choose one of the offered {{ field }} options.',
  'regex': 'The {{ field }} is not in the expected format.',
}

/** The whole body, unchecked: the form's own validator reads it next. */
export function readBody(request: Pick<PluginRequest, 'validate'>): Promise<unknown> {
  return request.validate(vine.object({}).allowUnknownProperties())
}

/** Validates with the form's messages; throws the standard validation error on failure. */
export function validateWith<Schema extends SchemaTypes>(
  schema: Schema,
  body: unknown,
  messages: Record<string, string>,
  fields: Record<string, string>
) {
  return vine.create(schema).validate(body, {
    messagesProvider: new SimpleMessagesProvider({ ...COMMON_MESSAGES, ...messages }, fields),
  })
}

/**
 * Throws the same error as a failed VineJS validation, so business-rule
 * refusals ("overlaps the interval before it", "not one of your groups")
 * show next to their field like any other.
 */
export function refuse(problems: FieldError[]): never {
  throw new errors.E_VALIDATION_ERROR(
    problems.map((problem) => ({ ...problem, rule: 'sla_escalation' }))
  )
}

/** Collects refusals so the admin sees every problem of a form at once. */
export class Problems {
  readonly list: FieldError[] = []

  add(field: string, message: string) {
    this.list.push({ field, message })
  }

  throwIfAny() {
    if (this.list.length > 0) refuse(this.list)
  }
}

/** A path parameter that must be a record id; anything else is "not found". */
export function idParam(value: string | undefined): number | null {
  return value && /^[1-9]\d{0,9}$/.test(value) && Number(value) <= 2_147_483_647
    ? Number(value)
    : null
}
