import type { AgentChoice, GroupChoice, PolicyForm } from './types.js'

/**
 * A saved policy may name a group, category or agent that has since been
 * deactivated or deleted. The form's pickers only offer active ones, so
 * such an id would stay in the form unseen and the server would refuse
 * it; it is taken out when the form opens, and the page says what went.
 */
export function withoutStaleChoices<Form extends Pick<PolicyForm, 'conditions' | 'ladder'>>(
  form: Form,
  groups: GroupChoice[],
  agents: AgentChoice[]
): { form: Form; removed: string[] } {
  const groupIds = new Set(groups.map((group) => group.id))
  const categoryIds = new Set(groups.flatMap((group) => group.categories.map((c) => c.id)))
  const agentIds = new Set(agents.map((agent) => agent.id))
  const removed = new Set<string>()
  const keep = (ids: number[], known: Set<number>, what: string) =>
    ids.filter((id) => {
      if (known.has(id)) return true
      removed.add(`${what} #${id}`)
      return false
    })

  const conditions = {
    ...form.conditions,
    group: keep(form.conditions.group, groupIds, 'group'),
    category: keep(form.conditions.category, categoryIds, 'category'),
  }
  const ladder = form.ladder.map((step) => ({
    ...step,
    actions: step.actions.map((action) => {
      if (action.type === 'email') {
        return { ...action, userIds: keep(action.userIds, agentIds, 'agent') }
      }
      if (action.type === 'reassign') {
        const [groupId = null] = keep(
          action.groupId === null ? [] : [action.groupId],
          groupIds,
          'group'
        )
        const [userId = null] = keep(
          action.userId === null ? [] : [action.userId],
          agentIds,
          'agent'
        )
        return { ...action, groupId, userId }
      }
      return action
    }),
  }))
  return { form: { ...form, conditions, ladder }, removed: [...removed] }
}
