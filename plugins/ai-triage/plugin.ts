import { definePlugin } from '#platform/sdk'
import registerAdmin from './admin/register_admin.js'
import registerApi from './api/register_api.js'
import registerDesk from './desk/register_desk.js'
import registerEvaluation from './evaluation/register_evaluation.js'
import { fields, settings } from './settings.js'
import registerTraining from './training/register_training.js'
import { triageTicket } from './triage/run_triage.js'
import { recordTicketState } from './triage/suggestion.js'

/**
 * Triage for every new ticket: group, category, subcategory and priority
 * from a classifier trained on the organization's own closed tickets
 * (nothing leaves the server) or an OpenAI-compatible model, with
 * language, sentiment, a summary and an escalation flag; suggested in the
 * desk or applied above a threshold, and measured (Admin → AI triage).
 */
export default definePlugin({
  id: 'ai-triage',
  name: 'AI triage',
  version: '0.1.0',
  description:
    "Suggests each new ticket's group, category, subcategory and priority from your own history, with calibrated confidences; applies them above a threshold when you allow it.",
  requires: { core: '^0.1.0' },
  settings,
  fields,
  secrets: ['apiKey'],
  register(hooks) {
    hooks.on('ticket.created', ({ ticket }, context) => triageTicket(context, ticket))
    hooks.on('ticket.imported', async ({ ticket }, context) => {
      if (context.settings.triageImported) await triageTicket(context, ticket)
    })
    // The accuracy report compares each suggestion with the ticket's latest values.
    hooks.on('ticket.updated', ({ ticket }, context) => recordTicketState(context.db, ticket))
    hooks.on('ticket.status_changed', ({ ticket }, context) =>
      recordTicketState(context.db, ticket)
    )
    registerDesk(hooks)
    registerApi(hooks)
    registerAdmin(hooks)
    registerTraining(hooks)
    registerEvaluation(hooks)
  },
})
