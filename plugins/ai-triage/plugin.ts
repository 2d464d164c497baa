import { definePlugin } from '#platform/sdk'
import registerApi from './api/register_api.js'
import registerDesk from './desk/register_desk.js'
import { fields, settings } from './settings.js'
import registerTraining from './training/register_training.js'
import { triageTicket } from './triage/run_triage.js'

/**
 * Triage for every new ticket: group, category, subcategory and priority
 * from a classifier trained on the organization's own closed tickets
 * (nothing leaves the server), with language, sentiment, a summary and
 * an escalation flag; suggested in the desk or applied above a threshold.
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
    registerDesk(hooks)
    registerApi(hooks)
    registerTraining(hooks)
  },
})
