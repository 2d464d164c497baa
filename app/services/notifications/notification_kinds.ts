import type { NotificationKind } from '#platform/catalogue'
import type User from '#models/user'

type KindInfo = { label: string; help: string; staffOnly: boolean }

/** The e-mails Switchboard sends, as people see them on their profile. */
export const NOTIFICATION_KINDS: Record<NotificationKind, KindInfo> = {
  ticket_created_receipt: {
    label: 'Receipt for tickets I open',
    help: 'A confirmation with the ticket number when you open a ticket.',
    staffOnly: false,
  },
  ticket_status_changed: {
    label: 'Status changes on my tickets',
    help: 'When a ticket you opened is assigned, resolved, reopened or closed.',
    staffOnly: false,
  },
  ticket_replied: {
    label: 'Replies on my tickets',
    help: 'When someone answers a ticket you opened.',
    staffOnly: false,
  },
  ticket_created_group: {
    label: 'New tickets in my groups',
    help: 'When a ticket arrives in a group you are a member of.',
    staffOnly: true,
  },
  ticket_assigned: {
    label: 'Tickets assigned to me',
    help: 'When a ticket is assigned to you by someone else.',
    staffOnly: true,
  },
  ticket_customer_replied: {
    label: 'Customer replies',
    help: 'When the requester answers a ticket assigned to you (or unassigned in your groups).',
    staffOnly: true,
  },
}

export type NotificationPreferences = Partial<Record<NotificationKind, boolean>>

export function kindsFor(user: User) {
  return (Object.keys(NOTIFICATION_KINDS) as NotificationKind[]).filter(
    (kind) => user.isStaff || !NOTIFICATION_KINDS[kind].staffOnly
  )
}

/** What the person chose; a missing preference means yes, until they opt out. */
export function chose(user: User, kind: NotificationKind) {
  const preferences = (user.notificationPreferences ?? {}) as NotificationPreferences
  return preferences[kind] !== false
}

/** Deactivated people are never e-mailed, whatever they chose. */
export function wants(user: User, kind: NotificationKind) {
  return user.isActive && chose(user, kind)
}

/** Every kind that applies to the user, with their choice: what GET /api/v1/me shows. */
export function preferencesOf(user: User): NotificationPreferences {
  return Object.fromEntries(kindsFor(user).map((kind) => [kind, chose(user, kind)]))
}

/** The profile page's list: each kind that applies, its words and the choice. */
export function notificationChoices(user: User) {
  return kindsFor(user).map((kind) => ({
    kind,
    label: NOTIFICATION_KINDS[kind].label,
    help: NOTIFICATION_KINDS[kind].help,
    enabled: chose(user, kind),
  }))
}
