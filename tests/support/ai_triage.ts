import User from '#models/user'
import type Group from '#models/group'
import { pluginTestContext, runEvent } from '#platform/sdk/testing'
import type { TicketSnapshot } from '#platform/sdk'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import TaxonomyService from '#services/taxonomy_service'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'
import plugin from '#plugins/ai-triage/plugin'
import type { Context } from '#plugins/ai-triage/types'

/** A helpdesk with AI triage enabled, and a test context for running its handlers. */
export async function triageDesk(settings: Record<string, unknown> = {}) {
  const desk = await helpdesk()
  await enablePlugin(desk.organization, 'ai-triage', settings)
  const run = await pluginTestContext(plugin, { organization: desk.organization, settings })
  return { ...desk, run, context: run.context as Context }
}

export type TriageDesk = Awaited<ReturnType<typeof triageDesk>>

export async function snapshotOf(context: Context, ticketId: number): Promise<TicketSnapshot> {
  const detail = await context.tickets.get(ticketId)
  return detail!.ticket
}

/** Delivers `ticket.created` for the ticket to the plugin, as the worker would. */
export async function triage(desk: TriageDesk, ticketId: number) {
  await runEvent(
    plugin,
    'ticket.created',
    { ticket: await snapshotOf(desk.context, ticketId), actor: null, attachments: 0 },
    desk.run
  )
}

export async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

const PRINTER_WORDS = [
  'toner empty',
  'paper jam in tray two',
  'printer offline',
  'prints blank pages',
  'Drucker druckt nicht',
  'Papierstau im Drucker',
]
const NETWORK_WORDS = [
  'wifi keeps dropping',
  'VPN will not connect',
  'no internet on floor 3',
  'ethernet port dead',
  'WLAN Verbindung bricht ab',
  'VPN Verbindung fehlgeschlagen',
]

/**
 * `perCategory` resolved tickets in each of two new categories of the IT
 * group, Printers and Network, in English and German: a history to learn from.
 */
export async function resolvedHistory(desk: TriageDesk, it: Group, perCategory: number) {
  const adminContext = { ...systemContext, actor: desk.admin }
  const printers = await TaxonomyService.createCategory(it, 'Printers', adminContext)
  const network = await TaxonomyService.createCategory(it, 'Network', adminContext)
  for (let n = 0; n < perCategory; n++) {
    for (const [category, words] of [
      [printers, PRINTER_WORDS],
      [network, NETWORK_WORDS],
    ] as const) {
      const ticket = await openTicket(desk.customer, it.id, {
        title: words[n % words.length],
        description: `${words[(n + 1) % words.length]} since monday, ticket ${n}`,
        categoryId: category.id,
        priority: n % 3 === 0 ? 'high' : 'medium',
      })
      const agentContext = { ...systemContext, actor: desk.agent }
      await TicketWorkflow.assign(ticket, desk.agent.id, agentContext)
      await TicketWorkflow.changeStatus(ticket, 'resolved', agentContext)
    }
  }
  return { printers, network }
}
