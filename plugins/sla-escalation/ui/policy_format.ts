import { formatMinutes } from './format.js'
import type {
  ActionForm,
  AgentChoice,
  Choice,
  GroupChoice,
  PolicyForm,
  StepForm,
  TargetKey,
} from './types.js'

/** The policy pages' words: labels, and one-line summaries of conditions, targets and steps. */

export const TARGET_NAMES: Record<TargetKey, string> = {
  first_response: 'First response',
  next_response: 'Next response',
  resolution: 'Resolution',
}
export const PRIORITY_NAMES = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' }
export const MODE_NAMES = {
  after_customer: 'after each customer message (like Zendesk next reply)',
  between_updates: 'between updates (like Zammad update time)',
}
export const AUDIENCE_NAMES = {
  assignee: 'the assignee',
  group: "the ticket's group",
  admins: 'all admins',
  agents: 'named agents',
}

/** The targets the policy sets, in order: the only ones a ladder step may watch. */
export function setTargets(
  policy: Pick<PolicyForm, 'firstResponseMinutes' | 'nextResponseMinutes' | 'resolutionMinutes'>
) {
  const minutes: Record<TargetKey, number | null> = {
    first_response: policy.firstResponseMinutes,
    next_response: policy.nextResponseMinutes,
    resolution: policy.resolutionMinutes,
  }
  return (Object.keys(minutes) as TargetKey[]).filter((target) => {
    const value = minutes[target]
    return typeof value === 'number' && value > 0
  })
}

function names(ids: number[], choices: Choice[], what: string) {
  return ids.map((id) => choices.find((choice) => choice.id === id)?.name ?? `${what} #${id}`)
}

/** "Priority High, Critical · Group IT · any category". */
export function conditionsSummary(conditions: PolicyForm['conditions'], groups: GroupChoice[]) {
  const categories = groups.flatMap((group) => group.categories)
  const part = (label: string, values: string[], any: string) =>
    values.length ? `${label} ${values.join(', ')}` : any
  return [
    part(
      'Priority',
      conditions.priority.map((p) => PRIORITY_NAMES[p] ?? p),
      'any priority'
    ),
    part('Group', names(conditions.group, groups, 'group'), 'any group'),
    part('Category', names(conditions.category, categories, 'category'), 'any category'),
  ].join(' · ')
}

/** "First response 1 h · Resolution 8 h", the unset ones left out. */
export function targetsSummary(policy: PolicyForm) {
  const parts = setTargets(policy).map((target) => {
    const minutes =
      target === 'first_response'
        ? policy.firstResponseMinutes!
        : target === 'next_response'
          ? policy.nextResponseMinutes!
          : policy.resolutionMinutes!
    return `${TARGET_NAMES[target]} ${formatMinutes(minutes)}`
  })
  return parts.length ? parts.join(' · ') : 'No target set'
}

/** When a step fires: "30 min before the first response is due", "at the resolution due time". */
export function stepMoment(step: Pick<StepForm, 'target' | 'when' | 'minutes'>) {
  const target = TARGET_NAMES[step.target].toLowerCase()
  if (step.when === 'after' && step.minutes === 0) return `when the ${target} is due`
  const offset = formatMinutes(step.minutes ?? 0)
  return step.when === 'before'
    ? `${offset} before the ${target} is due`
    : `${offset} after the ${target} was due`
}

/** "E-mail the assignee", "Reassign to IT / Ann", "Raise priority one level", "Add a note". */
export function actionSummary(action: ActionForm, groups: GroupChoice[], agents: AgentChoice[]) {
  switch (action.type) {
    case 'email':
      return action.to === 'agents'
        ? `E-mail ${names(action.userIds, agents, 'user').join(', ') || 'named agents'}`
        : `E-mail ${AUDIENCE_NAMES[action.to]}`
    case 'reassign': {
      const to = [
        action.groupId ? names([action.groupId], groups, 'group')[0] : null,
        action.userId ? names([action.userId], agents, 'user')[0] : null,
      ].filter(Boolean)
      return `Reassign to ${to.join(' / ')}`
    }
    case 'priority':
      return action.level === 'raise'
        ? 'Raise priority one level'
        : `Set priority to ${PRIORITY_NAMES[action.level]}`
    case 'note':
      return 'Add an internal note'
  }
}
