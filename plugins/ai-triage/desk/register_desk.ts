import type { Hooks } from '../types.js'
import { choice } from '../api/register_api.js'
import { workableTicket } from '../triage/access.js'
import { applyFields, dismissFields } from '../triage/decisions.js'
import { loadSuggestion, TICKET_FIELDS } from '../triage/suggestion.js'
import { suggestionView } from './suggestion_view.js'

/**
 * The desk: the suggestion in the ticket's sidebar with Apply / Dismiss per
 * field and "Apply all", and the suggested reply as a button above the
 * reply box. Customers never see any of it (desk only).
 */
export default function registerDesk(hooks: Hooks) {
  hooks.panel('ticket.sidebar', 'TriageSuggestion', {
    label: 'AI triage',
    data: async ({ ticket }, context) => {
      const suggestion = await loadSuggestion(context.db, ticket.id)
      return suggestion ? suggestionView(suggestion, await context.taxonomy.tree()) : null
    },
  })

  hooks.suggest('ticket.composer', async ({ ticket }, context) => {
    const suggestion = await loadSuggestion(context.db, ticket.id)
    const reply = suggestion?.fields.reply
    return reply && typeof reply.value === 'string' && reply.state !== 'dismissed'
      ? [{ label: 'AI triage: suggested reply', text: reply.value }]
      : []
  })

  for (const [verb, decide] of [
    ['apply', applyFields],
    ['dismiss', dismissFields],
  ] as const) {
    hooks.action({
      name: `tickets.${verb}`,
      method: 'post',
      path: `/tickets/:id/${verb}`,
      role: 'agent',
      handle: async (request, context) => {
        const ticket = await workableTicket(context, request.user, request.params.id)
        const { fields } = await request.validate(choice)
        await decide(context, ticket.id, fields ?? TICKET_FIELDS)
        return {
          redirect: `/desk/tickets/${ticket.id}`,
          toast: verb === 'apply' ? 'Suggestion applied.' : 'Suggestion dismissed.',
        }
      },
    })
  }
}
