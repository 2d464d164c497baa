import db from '@adonisjs/lucid/services/db'
import { pluginTestContext, type PluginTestContext } from '#platform/sdk/testing'
import type Ticket from '#models/ticket'
import type User from '#models/user'
import TicketConversation from '#services/tickets/ticket_conversation'
import TicketWorkflow, { type TicketFieldsInput } from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { helpdesk } from '#tests/support/tickets'
import plugin from '#plugins/sla-escalation/plugin'
import Calendars from '#plugins/sla-escalation/data/calendars'
import Policies, { type PolicyInput } from '#plugins/sla-escalation/data/policies'
import type { ClockRow } from '#plugins/sla-escalation/data/clocks'

/**
 * A helpdesk with the SLA plugin enabled and a Berlin office calendar
 * (Mon–Fri 09:00–17:00), as the functional SLA tests need it.
 */
export async function slaHelpdesk() {
  const desk = await helpdesk()
  const run = await pluginTestContext(plugin, { organization: { id: desk.organization.id } })
  const weekday: [string, string][] = [['09:00', '17:00']]
  const berlin = await new Calendars(run.context.db).create({
    name: 'Berlin office',
    timezone: 'Europe/Berlin',
    hours: {
      mon: weekday,
      tue: weekday,
      wed: weekday,
      thu: weekday,
      fri: weekday,
      sat: [],
      sun: [],
    },
    holidays: [{ date: '2026-03-04', yearly: false }],
  })
  return { ...desk, run, berlin }
}

export function addPolicy(
  run: PluginTestContext<typeof plugin>,
  policy: Partial<PolicyInput> & { calendarId: number }
) {
  return new Policies(run.context.db).create({
    name: 'Policy',
    conditions: { priority: [], group: [], category: [] },
    firstResponseMinutes: null,
    nextResponseMinutes: null,
    nextResponseMode: 'after_customer',
    resolutionMinutes: null,
    ladder: [],
    ...policy,
  })
}

export function reply(ticket: Ticket, author: User, body = 'Looking into it.', internal = false) {
  return TicketConversation.add(ticket, author, { body, internal }, [], {
    ...systemContext,
    actor: author,
  })
}

export function change(ticket: Ticket, actor: User, input: TicketFieldsInput) {
  return TicketWorkflow.update(ticket, input, { ...systemContext, actor })
}

export async function clockOf(ticketId: number) {
  const row = await db.from('sla_escalation_clocks').where('ticket_id', ticketId).first()
  return row as ClockRow | null
}

export const iso = (at: Date | null) => (at ? at.toISOString().replace('.000Z', 'Z') : null)
