import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import type Ticket from '#models/ticket'
import TicketConversation from '#services/tickets/ticket_conversation'
import { systemContext } from '#services/request_context'
import { fakeClock, pluginTestContext, registrations } from '#platform/sdk/testing'
import type { JsonValue, TicketSnapshot } from '#platform/sdk'
import { helpdesk } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'
import plugin from '#plugins/sla-escalation/plugin'
import Calendars, { type CalendarInput } from '#plugins/sla-escalation/data/calendars'
import Policies, { type PolicyInput } from '#plugins/sla-escalation/data/policies'
import type { Context } from '#plugins/sla-escalation/types'

export { plugin }

/** A helpdesk (staff, IT and Facilities groups) with the SLA plugin enabled, and its plugin context. */
export async function slaDesk() {
  const desk = await helpdesk()
  await enablePlugin(desk.organization, 'sla-escalation')
  const run = await pluginTestContext(plugin, { organization: desk.organization })
  return { ...desk, run, context: run.context as Context }
}

/** A policy as an admin would save it; the 24/7 calendar unless one is given. */
export async function addPolicy(
  context: Context,
  input: Partial<PolicyInput> = {},
  calendar?: CalendarInput
) {
  const calendars = new Calendars(context.db)
  const fallback = await calendars.ensureDefault()
  const calendarId = calendar ? await calendars.create(calendar) : fallback.id
  return new Policies(context.db).create({
    name: 'Standard',
    conditions: { priority: [], group: [], category: [] },
    calendarId,
    firstResponseMinutes: 60,
    nextResponseMinutes: null,
    nextResponseMode: 'after_customer',
    resolutionMinutes: 480,
    ladder: [],
    ...input,
  })
}

/** A public reply by a person, through the same service as the desk and the portal. */
export function reply(ticket: Ticket, author: User, body = 'On it.') {
  return TicketConversation.add(ticket, author, { body, internal: false }, [], {
    ...systemContext,
    actor: author,
  })
}

/** The ticket as the host API (and so every panel loader) sees it. */
export async function snapshotOf(context: Context, ticketId: number): Promise<TicketSnapshot> {
  const detail = await context.tickets.get(ticketId)
  if (!detail) throw new Error(`ticket ${ticketId} is not in the organization`)
  return detail.ticket
}

type PanelOptions = {
  data: (props: { ticket: TicketSnapshot }, context: Context) => Promise<Record<string, JsonValue>>
}

/** Runs the data loader the plugin registered for a panel slot, as the page would. */
export async function panelData(
  slot: 'ticket.sidebar' | 'portal.ticket',
  context: Context,
  ticketId: number
) {
  const call = registrations(plugin).find(
    (registration) => registration.method === 'panel' && registration.args[0] === slot
  )
  if (!call) throw new Error(`sla-escalation registers no panel for ${slot}`)
  const options = call.args[2] as PanelOptions
  return options.data({ ticket: await snapshotOf(context, ticketId) }, context) as Promise<any>
}

/** The stored clock row of a ticket, read past the plugin (for assertions). */
export function storedClock(ticketId: number) {
  return db.from('sla_escalation_clocks').where('ticket_id', ticketId).first()
}

export const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' })

/**
 * Opens a ticket as if `minutesAgo` minutes ago: Luxon's clock (which the
 * models stamp their times with) stands there while it is written.
 */
export async function openedAgo<T>(minutesAgo: number, open: () => Promise<T>) {
  const clock = fakeClock(DateTime.now().minus({ minutes: minutesAgo }))
  try {
    return await open()
  } finally {
    clock.restore()
  }
}
