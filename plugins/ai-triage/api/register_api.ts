import vine from '@vinejs/vine'
import { HostNotFound } from '#platform/sdk'
import type { Hooks } from '../types.js'
import { workableTicket } from '../triage/access.js'
import { applyFields, dismissFields } from '../triage/decisions.js'
import { loadSuggestion, TICKET_FIELDS } from '../triage/suggestion.js'

export const choice = vine.object({
  fields: vine.array(vine.enum(TICKET_FIELDS)).minLength(1).optional(),
})

/**
 * GET /api/v1/plugins/ai-triage/tickets/:id and its apply and dismiss:
 * agents and admins who may work the ticket. Without `fields`, apply and
 * dismiss take every field still suggested.
 */
export default function registerApi(hooks: Hooks) {
  hooks.api({
    name: 'tickets.show',
    method: 'get',
    path: '/tickets/:id',
    summary: "A ticket's triage suggestion: each field's value, confidence and state",
    handle: async (request, context) => {
      const ticket = await workableTicket(context, request.user, request.params.id)
      const suggestion = await loadSuggestion(context.db, ticket.id)
      if (!suggestion) throw new HostNotFound('suggestion', ticket.id)
      return suggestion
    },
  })
  for (const [verb, decide] of [
    ['apply', applyFields],
    ['dismiss', dismissFields],
  ] as const) {
    hooks.api({
      name: `tickets.${verb}`,
      method: 'post',
      path: `/tickets/:id/${verb}`,
      summary: `${verb === 'apply' ? 'Apply' : 'Dismiss'} suggested fields (all still suggested when none are named)`,
      handle: async (request, context) => {
        const ticket = await workableTicket(context, request.user, request.params.id)
        const { fields } = await request.validate(choice)
        return decide(context, ticket.id, fields ?? TICKET_FIELDS)
      },
    })
  }
}
