import { createHash } from 'node:crypto'
import type { TicketSnapshot } from '#platform/sdk'
import { buildMessage } from '../message/blocks.js'
import { allowsInternal, routesFor } from '../routing/routes.js'
import type { RoutedEvent } from '../settings.js'
import { postWebhook } from '../delivery/slack_client.js'
import { deliverInThread } from '../delivery/threads.js'
import type { Route, SlackEventContext } from '../types.js'
import { ticketFacts } from './ticket_facts.js'

/** One event as the plugin tells it: the ticket as it was then, the change, an excerpt. */
export type Happening = {
  event: RoutedEvent
  ticket: TicketSnapshot
  change: string
  excerpt: string | null
  /** An internal note: its text only goes where a row lists internal notes. */
  internal: boolean
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16)

/**
 * Sends one event to every routed channel, one after another, each in a
 * `callOnce` step of its own: a retry skips the channels that already got it,
 * and no database connection waits on Slack.
 */
export async function notify(context: SlackEventContext, happening: Happening) {
  const { ticket } = happening
  const routes = routesFor(context.settings.routes, {
    event: happening.event,
    groupId: ticket.groupId,
    priority: ticket.priority,
  })
  if (routes.length === 0) return
  const facts = await ticketFacts(context, ticket)
  const excerptFor = (route: Route) =>
    happening.internal && !allowsInternal(route) ? null : happening.excerpt
  const messageFor = (route: Route) =>
    buildMessage({ ...facts, change: happening.change, excerpt: excerptFor(route) })

  for (const route of routes) {
    context.signal.throwIfAborted()
    if (context.settings.mode === 'webhook') {
      const url = route.webhookUrl ?? context.settings.webhookUrl
      await context.callOnce(`webhook:${shortHash(url ?? '')}`, () =>
        postWebhook(context, url, messageFor(route), `the webhook of group ${route.groupId}`)
      )
      continue
    }
    if (!route.channel) {
      context.logger.warn({ groupId: route.groupId }, 'routing row without a channel skipped')
      continue
    }
    await deliverInThread(context, {
      channel: route.channel,
      ticketId: ticket.id,
      reply: messageFor(route),
      parent: async (starting) => {
        // The parent shows the ticket as it is now, whatever order events arrive in;
        // the message that starts the thread carries this event's excerpt, later
        // updates the ticket's own (public) description.
        const detail = await context.tickets.get(ticket.id)
        const current = detail?.ticket ?? ticket
        return buildMessage({
          ...(await ticketFacts(context, current)),
          change: happening.change,
          excerpt: starting ? excerptFor(route) : current.description,
        })
      },
    })
  }
}
