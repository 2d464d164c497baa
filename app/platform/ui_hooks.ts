/**
 * The UI part of the hook catalogue: slots where a plugin's component
 * renders, badge and suggestion places the core draws from a plugin's
 * loader, sorts it applies in SQL, and what a panel receives. See
 * `#platform/catalogue` for what each kind promises.
 */
import type { PanelData, TicketSnapshot, UserSnapshot } from '#platform/hook_payloads'

export type SlotProps = {
  /** Beside the conversation on the desk's ticket page. */
  'ticket.sidebar': { ticket: TicketSnapshot }
  /** Small badges next to the ticket's title on the desk's ticket page. */
  'ticket.header_badges': { ticket: TicketSnapshot }
  /** A tab of its own in Admin → Settings. */
  'admin.settings_tab': { organizationId: number }
  /**
   * A panel of Admin → Reports, below the core's figures, for the period
   * the admin chose: calendar days `from`–`to` (YYYY-MM-DD, both included)
   * in the organization's time zone `zone`.
   */
  'admin.reports': { organizationId: number; from: string; to: string; zone: string }
  /**
   * Beside the conversation on the portal's ticket page, seen by the
   * requester: only data the requester may see belongs in it.
   */
  'portal.ticket': { ticket: TicketSnapshot }
}

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger'
/** One badge in a list cell; `title` is its tooltip. */
export type Badge = { text: string; tone: BadgeTone; title?: string }

export type BadgeSlots = {
  /**
   * The plugin badge column of the desk's ticket lists (every queue). The
   * loader receives the page's tickets at once and answers badges per
   * ticket id; read what it needs for the whole page in one query.
   */
  'desk.queue': { props: { tickets: TicketSnapshot[] }; result: Record<number, Badge[]> }
}

/**
 * Lists the core sorts in SQL on a plugin's own table (`hooks.sort`): the
 * sort picker of the desk's ticket lists, `desk.queue`.
 */
export type SortSlotName = 'desk.queue'

/** Text a plugin offers to insert, e.g. a suggested reply. */
export type Suggestion = { label: string; text: string }

export type SuggestionSlots = {
  /**
   * The reply composer on the desk's ticket page: each suggestion is a
   * button that inserts its text into the reply box.
   */
  'ticket.composer': {
    props: { ticket: TicketSnapshot; agent: UserSnapshot }
    result: Suggestion[]
  }
}

/** One enabled plugin's panel in a slot, as the page receives it. */
export type PanelView = {
  plugin: string
  component: string
  label: string
  /** null when the plugin has no loader, or its loader failed or ran out of time. */
  data: PanelData | null
}

export type SlotName = keyof SlotProps
export type BadgeSlotName = keyof BadgeSlots
export type SuggestionSlotName = keyof SuggestionSlots

export const SLOTS = [
  'ticket.sidebar',
  'ticket.header_badges',
  'admin.settings_tab',
  'admin.reports',
  'portal.ticket',
] as const satisfies readonly SlotName[]

export const BADGE_SLOTS = ['desk.queue'] as const satisfies readonly BadgeSlotName[]

export const SUGGESTION_SLOTS = ['ticket.composer'] as const satisfies readonly SuggestionSlotName[]

export const SORT_SLOTS = ['desk.queue'] as const satisfies readonly SortSlotName[]

/** How long a panel's data loader may take before the slot renders without it. */
export const PANEL_BUDGET = 1000
