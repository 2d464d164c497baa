import { randomUUID } from 'node:crypto'
import type { HostUser, TaxonomyGroup } from '#platform/sdk'
import type { PolicyInput } from '../data/policies.js'
import {
  TARGET_LABELS,
  type EscalationAction,
  type LadderStep,
  type Target,
} from '../policies/policy.js'
import { Problems } from './form_input.js'
import type { PolicyFormInput } from './policy_validator.js'

/**
 * The policy form's rules that need the organization: every id must be one
 * of its own (another organization's group reads as "not one of yours"),
 * and the ladder must fit the policy (a step watches a target the policy
 * sets; a reassigned agent belongs to the chosen group).
 */

export type PolicyLookups = {
  isNameTaken(name: string): Promise<boolean>
  calendarExists(id: number): Promise<boolean>
  /** The organization's active groups with their categories. */
  groups: TaxonomyGroup[]
  /** A user of this organization, or null. */
  findUser(id: number): Promise<HostUser | null>
}

type ActionInput = NonNullable<PolicyFormInput['ladder']>[number]['actions'][number]

const STEP_ID = /^[A-Za-z0-9-]{1,64}$/

const isStaff = (user: HostUser | null): user is HostUser =>
  user !== null && user.active && (user.role === 'agent' || user.role === 'admin')

function targetMinutes(input: PolicyFormInput, target: Target) {
  return target === 'first_response'
    ? input.firstResponseMinutes
    : target === 'next_response'
      ? input.nextResponseMinutes
      : input.resolutionMinutes
}

function checkConditions(input: PolicyFormInput, groups: TaxonomyGroup[], problems: Problems) {
  const groupIds = input.conditions.group ?? []
  const categoryIds = input.conditions.category ?? []
  const groupById = new Map(groups.map((group) => [group.id, group]))
  if (groupIds.some((id) => !groupById.has(id))) {
    problems.add('conditions.group', 'Choose groups from the list: one is not a group of yours.')
  }
  const ownerOf = new Map(
    groups.flatMap((group) =>
      group.categories.map((category) => [category.id, { group, category }])
    )
  )
  for (const id of categoryIds) {
    const owner = ownerOf.get(id)
    if (!owner) {
      problems.add(
        'conditions.category',
        'Choose categories from the list: one is not a category of yours.'
      )
      return
    }
    if (groupIds.length > 0 && !groupIds.includes(owner.group.id)) {
      problems.add(
        'conditions.category',
        `"${owner.category.name}" belongs to the group "${owner.group.name}", which this policy leaves out: no ticket could match it.`
      )
      return
    }
  }
}

async function checkAction(
  action: ActionInput,
  field: string,
  lookups: PolicyLookups,
  problems: Problems
): Promise<EscalationAction> {
  switch (action.type) {
    case 'email': {
      if (action.to !== 'agents') return { type: 'email', to: action.to, userIds: [] }
      const userIds = [...new Set(action.userIds ?? [])]
      if (userIds.length === 0) problems.add(`${field}.userIds`, 'Choose at least one agent.')
      for (const id of userIds) {
        if (!isStaff(await lookups.findUser(id))) {
          problems.add(
            `${field}.userIds`,
            'Choose agents from the list: one is not an active agent or admin of yours.'
          )
          break
        }
      }
      return { type: 'email', to: 'agents', userIds }
    }
    case 'reassign': {
      const groupId = action.groupId ?? null
      const userId = action.userId ?? null
      if (groupId === null && userId === null) {
        problems.add(`${field}.groupId`, 'Choose a group, an agent, or both.')
      }
      const group = groupId === null ? null : lookups.groups.find((each) => each.id === groupId)
      if (groupId !== null && !group) {
        problems.add(`${field}.groupId`, 'Choose one of the listed groups.')
      }
      if (userId !== null) {
        const user = await lookups.findUser(userId)
        if (!isStaff(user)) {
          problems.add(`${field}.userId`, 'Choose one of the listed agents.')
        } else if (group && !user.groupIds.includes(group.id)) {
          problems.add(
            `${field}.userId`,
            `${user.name} is not a member of "${group.name}": choose one of its members, or no agent.`
          )
        }
      }
      return { type: 'reassign', groupId, userId }
    }
    case 'priority':
      return { type: 'priority', level: action.level }
    case 'note':
      return { type: 'note', body: action.body }
  }
}

async function checkLadder(input: PolicyFormInput, lookups: PolicyLookups, problems: Problems) {
  const ladder: LadderStep[] = []
  const ids = new Set<string>()
  const moments = new Set<string>()
  for (const [index, step] of (input.ladder ?? []).entries()) {
    const field = `ladder.${index}`
    if (targetMinutes(input, step.target) === null) {
      problems.add(
        `${field}.target`,
        `This policy sets no ${TARGET_LABELS[step.target].toLowerCase()} target: set it above, or watch another target.`
      )
    }
    // A warning fires before the due time or not at all: at 0 minutes it would never fire.
    if (step.when === 'before' && step.minutes === 0) {
      problems.add(
        `${field}.minutes`,
        'A warning needs at least 1 minute before the due time; for "at the due time" choose after, 0 minutes.'
      )
    }
    const moment = `${step.target}:${step.when === 'before' ? -step.minutes : step.minutes}`
    if (moments.has(moment)) {
      problems.add(
        `${field}.minutes`,
        'Another step already fires at this moment for this target: put the actions in one step.'
      )
    }
    moments.add(moment)

    const actions: EscalationAction[] = []
    for (const [position, action] of step.actions.entries()) {
      actions.push(await checkAction(action, `${field}.actions.${position}`, lookups, problems))
    }
    // A step keeps its id across saves (fired steps are recorded by it); new or odd ones get a fresh one.
    const id = step.id && STEP_ID.test(step.id) && !ids.has(step.id) ? step.id : randomUUID()
    ids.add(id)
    ladder.push({ id, target: step.target, when: step.when, minutes: step.minutes, actions })
  }
  return ladder
}

/** The form's input as the repository stores it, or a validation error naming each bad field. */
export async function checkPolicy(
  input: PolicyFormInput,
  lookups: PolicyLookups
): Promise<PolicyInput> {
  const problems = new Problems()
  if (await lookups.isNameTaken(input.name)) {
    problems.add('name', 'Another policy already has this name.')
  }
  if (!(await lookups.calendarExists(input.calendarId))) {
    problems.add('calendarId', 'Choose one of the listed calendars.')
  }
  const targets = [input.firstResponseMinutes, input.nextResponseMinutes, input.resolutionMinutes]
  if (targets.every((minutes) => minutes === null || minutes === undefined)) {
    problems.add(
      'firstResponseMinutes',
      'Set at least one target: first response, next response or resolution.'
    )
  }
  checkConditions(input, lookups.groups, problems)
  const ladder = await checkLadder(input, lookups, problems)
  problems.throwIfAny()

  return {
    name: input.name,
    conditions: {
      priority: [...new Set(input.conditions.priority ?? [])],
      group: [...new Set(input.conditions.group ?? [])],
      category: [...new Set(input.conditions.category ?? [])],
    },
    calendarId: input.calendarId,
    firstResponseMinutes: input.firstResponseMinutes ?? null,
    nextResponseMinutes: input.nextResponseMinutes ?? null,
    nextResponseMode: input.nextResponseMode,
    resolutionMinutes: input.resolutionMinutes ?? null,
    ladder,
  }
}
