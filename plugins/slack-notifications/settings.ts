import vine from '@vinejs/vine'
import type { SettingsField, SettingsOf } from '#platform/sdk'

/** The events a routing row may list, named as in issue 15 (and the README). */
export const ROUTED_EVENTS = [
  'ticket.created',
  'ticket.assigned',
  'ticket.status_changed',
  'ticket.replied',
  'ticket.note_added',
  'sla.warning',
  'sla.breached',
] as const
export type RoutedEvent = (typeof ROUTED_EVENTS)[number]

/** What a row without events receives: internal notes and SLA events only where a row asks. */
export const DEFAULT_EVENTS: readonly RoutedEvent[] = [
  'ticket.created',
  'ticket.assigned',
  'ticket.status_changed',
  'ticket.replied',
]

export const PRIORITIES = ['low', 'medium', 'high', 'critical'] as const

export const DEFAULT_API_BASE_URL = 'https://slack.com/api/'

const url = () => vine.string().trim().url({ require_tld: false }).maxLength(500)

/**
 * The settings form (Admin → Plugins → Slack notifications) and
 * `PUT /api/v1/admin/plugins/slack-notifications/settings`. Whether a
 * URL may be reached is checked when it is used (delivery/targets.ts),
 * against `allowedHosts`, so a wrong URL shows as the delivery's error.
 */
export const settings = vine.object({
  mode: vine.enum(['webhook', 'bot']),
  webhookUrl: url().optional(),
  botToken: vine.string().trim().maxLength(500).optional(),
  apiBaseUrl: url().optional(),
  allowedHosts: vine.string().trim().maxLength(500).optional(),
  deskBaseUrl: url().optional(),
  routes: vine
    .array(
      vine.object({
        groupId: vine.number().withoutDecimals(),
        channel: vine
          .string()
          .trim()
          .regex(/^[A-Z0-9]{2,30}$/)
          .optional(),
        events: vine.array(vine.enum(ROUTED_EVENTS)),
        minPriority: vine.enum(PRIORITIES).optional(),
        webhookUrl: url().optional(),
      })
    )
    .maxLength(100),
})

type Settings = SettingsOf<typeof settings>

export const fields: { [K in keyof Settings]?: SettingsField<Settings[K]> } = {
  mode: {
    label: 'Connect with',
    help: 'webhook: an incoming webhook URL (no threads). bot: a bot token, with one thread per ticket.',
  },
  webhookUrl: {
    label: 'Incoming webhook URL',
    placeholder: 'https://hooks.slack.com/services/T000/B000/XXXX',
  },
  botToken: { label: 'Bot token', placeholder: 'xoxb-…' },
  apiBaseUrl: { label: 'Web API base URL', placeholder: DEFAULT_API_BASE_URL },
  allowedHosts: {
    label: 'Other hosts allowed',
    help: 'Host names or host:port, comma-separated, besides Slack (a Mattermost server, a test stand-in). They may be inside your network.',
  },
  deskBaseUrl: {
    label: 'Switchboard address for links',
    placeholder: 'https://help.example.com',
    help: 'Messages link to <address>/desk/tickets/<id>. Empty: the APP_URL of this installation.',
  },
  routes: {
    label: 'Routing',
    help: 'Per group, the channel (its ID, e.g. C0123ABCD) and the events. No events ticked: created, assigned, status changed and public replies. Internal notes only where ticked.',
    columns: {
      groupId: { label: 'Group', options: 'groups' },
      channel: { label: 'Channel ID', placeholder: 'C0123ABCD' },
      events: { label: 'Events' },
      minPriority: { label: 'Minimum priority' },
      webhookUrl: { label: 'Webhook URL (webhook mode, optional)' },
    },
  },
}
