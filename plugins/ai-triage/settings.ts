import vine from '@vinejs/vine'
import type { SettingsField } from '#platform/sdk'

/** The fields a suggestion can change on the ticket, each with its own mode and threshold. */
export const APPLICABLE_FIELDS = ['group', 'category', 'subcategory', 'priority'] as const
export type ApplicableField = (typeof APPLICABLE_FIELDS)[number]

const mode = () => vine.enum(['off', 'suggest', 'auto']).optional()
const threshold = () => vine.number().min(0).max(1).optional()

/**
 * The settings form (Admin → Plugins → AI triage) and
 * `PUT /api/v1/admin/plugins/ai-triage/settings`. Everything is optional:
 * enabled with nothing set, the plugin suggests with the offline engine.
 */
export const settings = vine.object({
  engine: vine.enum(['offline', 'model']).optional(),
  baseUrl: vine.string().trim().url({ require_tld: false }).optional(),
  model: vine.string().trim().maxLength(120).optional(),
  apiKey: vine.string().maxLength(500).optional(),
  allowHosts: vine.string().trim().maxLength(500).optional(),
  redact: vine.boolean().optional(),
  dailyTokenBudget: vine.number().withoutDecimals().min(0).optional(),
  triageImported: vine.boolean().optional(),
  groupMode: mode(),
  groupThreshold: threshold(),
  categoryMode: mode(),
  categoryThreshold: threshold(),
  subcategoryMode: mode(),
  subcategoryThreshold: threshold(),
  priorityMode: mode(),
  priorityThreshold: threshold(),
})

const MODE_HELP =
  'off; suggest (the default): Apply / Dismiss in the desk; auto: applied when the confidence reaches the threshold.'
const THRESHOLD_HELP =
  '0 to 1; 0.9 when empty. Admin → AI triage → Evaluate on history shows the precision each threshold gives.'

export const fields: Record<string, SettingsField> = {
  engine: {
    label: 'Engine',
    help: 'offline (default): learns from your own closed tickets, nothing leaves the server. model: an OpenAI-compatible model.',
  },
  baseUrl: {
    label: 'Model base URL',
    placeholder: 'https://api.openai.com/v1',
    help: 'OpenAI, Azure OpenAI, or a local server such as Ollama or vLLM.',
  },
  model: { label: 'Model name', placeholder: 'gpt-4o-mini' },
  apiKey: { label: 'API key' },
  allowHosts: {
    label: 'Model hosts inside your network',
    help: 'Host names, comma-separated, that may resolve to private addresses (e.g. ollama.internal).',
  },
  redact: { label: 'Remove e-mail addresses and phone numbers before sending' },
  dailyTokenBudget: {
    label: 'Daily token budget',
    help: '0 or empty: no limit. Past it, the offline engine answers.',
  },
  triageImported: { label: 'Also triage imported tickets' },
  groupMode: { label: 'Group', help: MODE_HELP },
  groupThreshold: { label: 'Group: apply at or above confidence', help: THRESHOLD_HELP },
  categoryMode: { label: 'Category', help: MODE_HELP },
  categoryThreshold: { label: 'Category: apply at or above confidence', help: THRESHOLD_HELP },
  subcategoryMode: { label: 'Subcategory', help: MODE_HELP },
  subcategoryThreshold: {
    label: 'Subcategory: apply at or above confidence',
    help: THRESHOLD_HELP,
  },
  priorityMode: { label: 'Priority', help: MODE_HELP },
  priorityThreshold: { label: 'Priority: apply at or above confidence', help: THRESHOLD_HELP },
}
