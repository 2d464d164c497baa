import { HostError, type MailRecipient, type Priority, type TicketSnapshot } from '#platform/sdk'
import { PRIORITIES, type EscalationAction } from '../policies/policy.js'
import type { Context } from '../types.js'

/**
 * Carries out one ladder step's actions through the host API, so each shows
 * on the ticket's timeline as done by "SLA escalation". Every action is
 * tried on its own: one that the host refuses (an agent who left the group)
 * is reported in the step's note and the others still happen.
 */

export type StepMessage = { subject: string; markdown: string }

/** What an action did, in words for the step's note, and the ticket as it is afterwards. */
export type ActionOutcome = { done: string | null; ticket: TicketSnapshot }

export async function runAction(
  context: Context,
  ticket: TicketSnapshot,
  action: EscalationAction,
  message: StepMessage
): Promise<ActionOutcome> {
  try {
    switch (action.type) {
      case 'email':
        return { done: await email(context, ticket, action, message), ticket }
      case 'reassign':
        return await reassign(context, ticket, action)
      case 'priority':
        return await raisePriority(context, ticket, action.level)
      case 'note':
        // The admin's text goes into the step's own note, written once.
        return { done: null, ticket }
    }
  } catch (error) {
    if (!(error instanceof HostError)) throw error
    context.logger.warn({ err: error, action: action.type }, 'an escalation action was refused')
    const what = action.type === 'email' ? 'send the e-mail' : action.type
    return { done: `could not ${what}: ${error.message}`, ticket }
  }
}

async function email(
  context: Context,
  ticket: TicketSnapshot,
  action: Extract<EscalationAction, { type: 'email' }>,
  message: StepMessage
) {
  const to = await recipients(context, ticket, action)
  if (to.length === 0) return `no one to e-mail (${audienceLabel(action.to)})`
  const { queued } = await context.mail.send({ to, ...message, ticketId: ticket.id })
  return `e-mailed ${audienceLabel(action.to)} (${queued} ${queued === 1 ? 'person' : 'people'})`
}

async function recipients(
  context: Context,
  ticket: TicketSnapshot,
  action: Extract<EscalationAction, { type: 'email' }>
): Promise<MailRecipient[]> {
  switch (action.to) {
    case 'assignee':
      // Nobody holds the ticket: its group is who should hear about it.
      return ticket.assigneeId ? [{ userId: ticket.assigneeId }] : [{ groupId: ticket.groupId }]
    case 'group':
      return [{ groupId: ticket.groupId }]
    case 'agents':
      return action.userIds.map((userId) => ({ userId }))
    case 'admins': {
      const { users } = await context.users.list({ role: 'admin', active: true, limit: 500 })
      return users.map((user) => ({ userId: user.id }))
    }
  }
}

function audienceLabel(audience: Extract<EscalationAction, { type: 'email' }>['to']) {
  return {
    assignee: 'the assignee',
    group: 'the group',
    admins: 'the admins',
    agents: 'the named agents',
  }[audience]
}

async function reassign(
  context: Context,
  ticket: TicketSnapshot,
  action: Extract<EscalationAction, { type: 'reassign' }>
) {
  const done: string[] = []
  let current = ticket
  if (action.groupId !== null && action.groupId !== current.groupId) {
    current = await context.tickets.update(current.id, { groupId: action.groupId })
    const groups = await context.taxonomy.tree()
    const name = groups.find((group) => group.id === action.groupId)?.name
    done.push(`moved the ticket to ${name ?? 'another group'}`)
  }
  if (action.userId !== null && action.userId !== current.assigneeId) {
    current = await context.tickets.assign(current.id, action.userId)
    const agent = await context.users.find({ id: action.userId })
    done.push(`assigned it to ${agent?.name ?? 'another agent'}`)
  }
  return { done: done.length ? done.join(' and ') : null, ticket: current }
}

/** Raises by one level, or to the set level; never lowers a priority someone raised further. */
async function raisePriority(
  context: Context,
  ticket: TicketSnapshot,
  level: 'raise' | Priority
): Promise<ActionOutcome> {
  const current = PRIORITIES.indexOf(ticket.priority)
  const wanted = level === 'raise' ? current + 1 : PRIORITIES.indexOf(level)
  if (wanted <= current || wanted >= PRIORITIES.length) return { done: null, ticket }
  const priority = PRIORITIES[wanted]
  const updated = await context.tickets.update(ticket.id, { priority })
  return { done: `raised the priority to ${priority}`, ticket: updated }
}
