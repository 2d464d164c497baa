import type { DateTime } from 'luxon'
import type { TicketSnapshot } from '#platform/sdk'
import type { SlaEventPayload } from '../plugin.js'
import { TARGET_LABELS, type Policy } from '../policies/policy.js'
import type { Context } from '../types.js'
import type { DueStep } from './ladder.js'
import { runAction, type StepMessage } from './step_actions.js'

/** Ticket titles are the requester's text: keep them from turning into Markdown. */
const escapeMarkdown = (text: string) => text.replace(/([\\`*_{}[\]()#+\-.!<>|~])/g, '\\$1')

const formatDue = (dueAt: DateTime, zone: string) =>
  dueAt.setZone(zone).toFormat('ccc d LLL yyyy, HH:mm ZZZZ')

/**
 * Fires one ladder step that the sweep has claimed: its actions, one
 * internal note on the ticket saying what happened and what was done, and
 * the plugin's own event for other plugins (Slack, …).
 */
export async function fireStep(
  context: Context,
  ticket: TicketSnapshot,
  due: DueStep,
  policy: Policy,
  zone: string,
  now: DateTime
) {
  const label = TARGET_LABELS[due.target]
  const when = formatDue(due.clock.dueAt, zone)
  const minutesFromDue = Math.round(now.diff(due.clock.dueAt, 'minutes').minutes)
  const headline =
    due.kind === 'warning'
      ? `${label} is due in ${Math.max(0, -minutesFromDue)} min`
      : `${label} target missed by ${Math.max(0, minutesFromDue)} min`
  const message: StepMessage = {
    subject: `SLA ${due.kind === 'warning' ? 'warning' : 'breached'}: ${label.toLowerCase()}`,
    markdown: [
      `**${ticket.reference}: ${escapeMarkdown(ticket.title)}**`,
      `${headline}. It was due ${when} under the SLA policy "${escapeMarkdown(policy.name)}".`,
    ].join('\n\n'),
  }

  const done: string[] = []
  let current = ticket
  for (const action of due.step.actions) {
    const outcome = await runAction(context, current, action, message)
    current = outcome.ticket
    if (outcome.done) done.push(outcome.done)
  }

  const adminNotes = due.step.actions.flatMap((action) =>
    action.type === 'note' ? [action.body] : []
  )
  await context.tickets.addNote(
    ticket.id,
    [
      `**SLA ${due.kind}: ${headline}** (due ${when}, policy "${escapeMarkdown(policy.name)}").`,
      done.length ? `Done: ${done.join('; ')}.` : null,
      ...adminNotes,
    ]
      .filter(Boolean)
      .join('\n\n')
  )

  const payload: SlaEventPayload = {
    ticketId: ticket.id,
    reference: ticket.reference,
    target: due.target,
    dueAt: due.clock.dueAt.toUTC().toISO()!,
    minutesFromDue,
    policy: policy.name,
  }
  await context.events.emit(due.kind === 'warning' ? 'sla.warning' : 'sla.breached', payload)
}
