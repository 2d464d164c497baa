import { pluginTestContext, runEvent } from '#platform/sdk/testing'
import type { TicketSnapshot } from '#platform/sdk'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'
import { BOT_TOKEN, type SlackStandIn } from '#tests/support/slack_stand_in'
import plugin from '#plugins/slack-notifications/plugin'
import type { Context } from '#plugins/slack-notifications/types'

export const IT_CHANNEL = 'CIT000001'
export const FACILITIES_CHANNEL = 'CFAC00001'

/**
 * An organization with the IT and Facilities groups, Slack connected to
 * the stand-in (its host allowed, as an admin would allow a test
 * server), IT routed to one channel and Facilities to another.
 */
export async function slackScene(
  slack: SlackStandIn,
  extra: (desk: Awaited<ReturnType<typeof helpdesk>>) => Record<string, unknown> = () => ({})
) {
  const desk = await helpdesk()
  const settings = {
    mode: 'bot',
    botToken: BOT_TOKEN,
    apiBaseUrl: slack.apiBaseUrl,
    allowedHosts: slack.host,
    deskBaseUrl: 'https://help.example.com',
    routes: [
      { groupId: desk.it.id, channel: IT_CHANNEL, events: [] },
      { groupId: desk.facilities.id, channel: FACILITIES_CHANNEL, events: [] },
    ],
    ...extra(desk),
  }
  await enablePlugin(desk.organization, 'slack-notifications', settings)
  const run = await pluginTestContext(plugin, { organization: desk.organization, settings })
  const context = run.context as Context
  let nextEventId = 1

  /** A real ticket of the organization, as the events carry it. */
  async function ticket(groupId = desk.it.id, fields: Parameters<typeof openTicket>[2] = {}) {
    const { priority, ...rest } = fields
    const opened = await openTicket(desk.customer, groupId, rest)
    // Customers may not choose every priority: staff (here the plugin) raise it.
    if (priority && priority !== opened.priority)
      await context.tickets.update(opened.id, { priority })
    const detail = await context.tickets.get(opened.id)
    return detail!.ticket
  }

  const current = async (snapshot: TicketSnapshot) =>
    (await context.tickets.get(snapshot.id))!.ticket

  /** Delivers an event; `eventId` repeats a delivery (a retry), a fresh one is a new event. */
  function deliver(name: any, payload: any, options: { eventId?: number; attempt?: number } = {}) {
    const eventId = options.eventId ?? nextEventId++
    return runEvent(plugin, name, payload, run, { ...options, eventId })
  }

  const agent = { id: desk.agent.id, name: desk.agent.name, role: 'agent' as const }

  return {
    ...desk,
    agentUser: desk.agent,
    settings,
    run,
    context,
    ticket,
    current,
    deliver,
    agent,
    plugin,
  }
}
