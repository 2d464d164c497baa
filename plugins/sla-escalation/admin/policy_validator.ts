import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { NEXT_RESPONSE_MODES } from '../clock/sla_clock.js'
import { EMAIL_AUDIENCES, PRIORITIES, TARGETS } from '../policies/policy.js'
import { LIMITS } from '../ui/types.js'
import { validateWith } from './form_input.js'

/**
 * The shape of the policy form (VineJS): name, conditions, calendar,
 * targets in business minutes, next-response mode and the escalation
 * ladder. What needs the organization's records (ids, names) is checked
 * next, in policy_checks.ts.
 */

const MAX_STEPS = LIMITS.steps
const MAX_ACTIONS = LIMITS.actionsPerStep
const MAX_NAMED_AGENTS = LIMITS.namedAgents
/** A year of minutes: far beyond any real target, small enough to stay a plain integer. */
export const MAX_MINUTES = 525_600

const id = vine.number().withoutDecimals().positive()
const target = vine.number().withoutDecimals().positive().max(MAX_MINUTES).nullable().optional()
const isType = (type: string) => (value: Record<string, unknown>) => value.type === type

const action = vine
  .union([
    vine.union.if(
      isType('email'),
      vine.object({
        type: vine.literal('email'),
        to: vine.enum(EMAIL_AUDIENCES),
        userIds: vine.array(id).maxLength(MAX_NAMED_AGENTS).optional(),
      })
    ),
    vine.union.if(
      isType('reassign'),
      vine.object({
        type: vine.literal('reassign'),
        groupId: id.clone().nullable().optional(),
        userId: id.clone().nullable().optional(),
      })
    ),
    vine.union.if(
      isType('priority'),
      vine.object({
        type: vine.literal('priority'),
        level: vine.enum(['raise', ...PRIORITIES] as const),
      })
    ),
    vine.union.if(
      isType('note'),
      vine.object({
        type: vine.literal('note'),
        body: vine.string().trim().minLength(1).maxLength(2000),
      })
    ),
  ])
  .otherwise((_value, field) => {
    field.report('Choose what this action does.', 'action', field)
  })

const step = vine.object({
  id: vine.string().trim().maxLength(64).nullable().optional(),
  target: vine.enum(TARGETS),
  when: vine.enum(['before', 'after'] as const),
  minutes: vine.number().withoutDecimals().min(0).max(MAX_MINUTES),
  actions: vine.array(action).minLength(1).maxLength(MAX_ACTIONS),
})

export const policySchema = vine.object({
  name: vine.string().trim().minLength(1).maxLength(80),
  conditions: vine.object({
    priority: vine.array(vine.enum(PRIORITIES)).maxLength(PRIORITIES.length).optional(),
    group: vine.array(id).maxLength(500).optional(),
    category: vine.array(id).maxLength(2000).optional(),
  }),
  calendarId: id,
  firstResponseMinutes: target,
  nextResponseMinutes: target.clone(),
  resolutionMinutes: target.clone(),
  nextResponseMode: vine.enum(NEXT_RESPONSE_MODES),
  ladder: vine.array(step).maxLength(MAX_STEPS).optional(),
})

export type PolicyFormInput = Infer<typeof policySchema>

const TARGET_MESSAGE = 'Enter a whole number of business minutes above 0, or leave it empty.'
const TARGET_MAX = 'At most {{ max }} minutes (a year).'

const MESSAGES = {
  'name.required': 'Give the policy a name.',
  'name.minLength': 'Give the policy a name.',
  'calendarId.required': 'Choose a calendar.',
  'calendarId.number': 'Choose a calendar.',
  'firstResponseMinutes.positive': TARGET_MESSAGE,
  'firstResponseMinutes.withoutDecimals': TARGET_MESSAGE,
  'firstResponseMinutes.max': TARGET_MAX,
  'firstResponseMinutes.number': TARGET_MESSAGE,
  'nextResponseMinutes.positive': TARGET_MESSAGE,
  'nextResponseMinutes.withoutDecimals': TARGET_MESSAGE,
  'nextResponseMinutes.max': TARGET_MAX,
  'nextResponseMinutes.number': TARGET_MESSAGE,
  'resolutionMinutes.positive': TARGET_MESSAGE,
  'resolutionMinutes.withoutDecimals': TARGET_MESSAGE,
  'resolutionMinutes.max': TARGET_MAX,
  'resolutionMinutes.number': TARGET_MESSAGE,
  'nextResponseMode.enum': 'Choose when the next response is due.',
  'conditions.priority.*.enum': 'Choose priorities from the list.',
  'ladder.array.maxLength': 'A ladder can have at most {{ max }} steps.',
  'ladder.*.target.enum': 'Choose the target this step watches.',
  'ladder.*.target.required': 'Choose the target this step watches.',
  'ladder.*.when.enum': 'Choose before or after the due time.',
  'ladder.*.when.required': 'Choose before or after the due time.',
  'ladder.*.minutes.required': 'Enter the minutes (0 with "after due" means at the due time).',
  'ladder.*.minutes.number': 'Enter the minutes as a whole number.',
  'ladder.*.minutes.withoutDecimals': 'Enter the minutes as a whole number.',
  'ladder.*.minutes.min': 'The minutes cannot be negative.',
  'ladder.*.minutes.max': 'At most {{ max }} minutes.',
  'ladder.*.actions.array.minLength': 'Give the step at least one action.',
  'ladder.*.actions.array.maxLength': 'A step can have at most {{ max }} actions.',
  'ladder.*.actions.*.to.enum': 'Choose who gets the e-mail.',
  'ladder.*.actions.*.to.required': 'Choose who gets the e-mail.',
  'ladder.*.actions.*.userIds.array.maxLength': 'Name at most {{ max }} agents.',
  'ladder.*.actions.*.level.enum': 'Choose "raise one level" or a priority.',
  'ladder.*.actions.*.level.required': 'Choose "raise one level" or a priority.',
  'ladder.*.actions.*.body.required': 'Write the note.',
  'ladder.*.actions.*.body.minLength': 'Write the note.',
  'ladder.*.actions.*.body.maxLength': 'The note can be at most {{ max }} characters long.',
}

const FIELDS = {
  name: 'name',
  calendarId: 'calendar',
  firstResponseMinutes: 'first response target',
  nextResponseMinutes: 'next response target',
  resolutionMinutes: 'resolution target',
  nextResponseMode: 'next response mode',
  minutes: 'minutes',
  body: 'note',
}

/** Checks the form's shape; throws the standard validation error naming each bad field. */
export function validatePolicyShape(body: unknown): Promise<PolicyFormInput> {
  return validateWith(policySchema, body, MESSAGES, FIELDS)
}
