import { useI18n } from '~/i18n'
import { useTicketLabels } from '~/composables/useTicketLabels'

type Values = Record<string, unknown>

export type UseAuditValuesReturn = {
  /** "priority to High, group to “Facilities”": what `after` set, field by field. */
  changes: (after: Values, names?: Record<string, string>) => string
  /** One field's name, as the changes column of the audit log shows it. */
  field: (key: string, names?: Record<string, string>) => string
  /** One field's value, in words; ids by the names AuditLogNames found (`related`). */
  value: (key: string, raw: unknown, related?: Record<string, unknown>) => string
  quote: (text: unknown) => string
  role: (code: unknown) => string
  /** An unknown code as words: "auth.session_revoked" → "auth session revoked". */
  humanize: (code: string) => string
  actionName: (action: string) => string
}

/**
 * The names of the fields audit entries record and their values, in the
 * reader's language; shared by the sentences and the changes column.
 */
export function useAuditValues(): UseAuditValuesReturn {
  const { t } = useI18n()
  const labels = useTicketLabels()

  const FIELDS: Record<string, string> = {
    name: t('name'),
    description: t('description'),
    email: t('e-mail'),
    isActive: t('status'),
    ticketPrefix: t('ticket number prefix'),
    timezone: t('time zone'),
    defaultLocale: t('default language'),
    autoCloseDays: t('auto-close'),
    signInOrder: t('sign-in order'),
    locale: t('language'),
    theme: t('theme'),
    role: t('role'),
    department: t('department'),
    title: t('title'),
    priority: t('priority'),
    status: t('status'),
    group: t('group'),
    category: t('category'),
    subcategory: t('subcategory'),
    assignee: t('assignee'),
    groupId: t('group'),
    categoryId: t('category'),
    userId: t('person'),
    movedTickets: t('open tickets moved'),
    movedTo: t('moved to'),
    reason: t('reason'),
    attachments: t('attachments'),
    source: t('source'),
    reference: t('reference'),
    commentId: t('comment'),
    assignmentMode: t('automatic assignment'),
    assignmentMaxOpen: t('open tickets per agent at most'),
    isAway: t('availability'),
    awayUntil: t('away until'),
    ticket_created_receipt: t('Receipt for tickets I open'),
    ticket_status_changed: t('Status changes on my tickets'),
    ticket_replied: t('Replies on my tickets'),
    ticket_created_group: t('New tickets in my groups'),
    ticket_assigned: t('Tickets assigned to me'),
    ticket_customer_replied: t('Customer replies'),
  }
  const LANGUAGES: Record<string, string> = { en: 'English', de: 'Deutsch' }
  const ACTIONS: Record<string, string> = {
    'organization.created': t('Organization created'),
    'organization.settings_updated': t('Organization settings changed'),
    'user.created': t('User created'),
    'user.updated': t('User edited'),
    'user.role_changed': t('Role changed'),
    'user.deactivated': t('User deactivated'),
    'user.reactivated': t('User reactivated'),
    'user.invitation_sent': t('Invitation sent'),
    'user.availability_changed': t('Availability changed'),
    'group.created': t('Group created'),
    'group.updated': t('Group edited'),
    'group.deleted': t('Group deleted'),
    'group.deactivated': t('Group deactivated'),
    'group.moved': t('Group moved'),
    'group.member_added': t('Group member added'),
    'group.member_removed': t('Group member removed'),
    'mailbox.created': t('Mailbox added'),
    'mailbox.updated': t('Mailbox edited'),
    'mailbox.deleted': t('Mailbox removed'),
    'mailbox.message_retried': t('Mail message retried'),
    'category.created': t('Category created'),
    'category.updated': t('Category edited'),
    'category.moved': t('Category moved'),
    'category.deleted': t('Category deleted'),
    'category.deactivated': t('Category deactivated'),
    'subcategory.created': t('Subcategory created'),
    'subcategory.updated': t('Subcategory edited'),
    'subcategory.moved': t('Subcategory moved'),
    'subcategory.deleted': t('Subcategory deleted'),
    'subcategory.deactivated': t('Subcategory deactivated'),
    'auth.signed_in': t('Signed in'),
    'auth.signed_out': t('Signed out'),
    'auth.sign_in_failed': t('Failed sign-in'),
    'auth.password_reset_requested': t('Password reset requested'),
    'auth.password_reset': t('Password reset'),
    'auth.invitation_accepted': t('Invitation accepted'),
    'auth.refresh_token_reused': t('Refresh token reused'),
    'profile.updated': t('Profile updated'),
    'profile.notifications_updated': t('Notification e-mails changed'),
    'profile.password_changed': t('Password changed'),
    'plugin.enabled': t('Plugin enabled'),
    'plugin.disabled': t('Plugin disabled'),
    'plugin.configured': t('Plugin configured'),
    'plugin.delivery_retried': t('Plugin delivery retried'),
    'import.started': t('Import started'),
    'ticket.created': t('Ticket opened'),
    'ticket.assigned': t('Ticket assigned'),
    'ticket.status_changed': t('Ticket status changed'),
    'ticket.updated': t('Ticket changed'),
    'ticket.comment_added': t('Reply added'),
    'ticket.note_added': t('Internal note added'),
  }

  const quote = (text: unknown) => t('“{text}”', { text: String(text) })

  function role(code: unknown) {
    if (code === 'admin') return t('an admin')
    if (code === 'agent') return t('an agent')
    if (code === 'customer') return t('a customer')
    return String(code ?? '—')
  }

  function humanize(code: string) {
    return code
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/[._]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  }

  const ID_NAMES: Record<string, string> = {
    groupId: 'group',
    categoryId: 'category',
    userId: 'user',
  }

  function value(key: string, raw: unknown, related?: Record<string, unknown>): string {
    if (raw === '[secret]' || raw === '[redacted]') return t('a new secret')
    const name = related?.[ID_NAMES[key]]
    if (typeof name === 'string') return quote(name)
    switch (key) {
      case 'status':
        return labels.status(String(raw))
      case 'priority':
        return labels.priority(String(raw))
      case 'role':
        return role(raw)
      case 'isActive':
        return raw ? t('active') : t('inactive')
      case 'locale':
        return raw ? (LANGUAGES[String(raw)] ?? String(raw)) : t('the organization default')
      case 'timezone':
        return raw ? String(raw) : t('the organization default')
      case 'defaultLocale':
        return LANGUAGES[String(raw)] ?? String(raw)
      case 'theme':
        return raw === 'light' ? t('Light') : raw === 'dark' ? t('Dark') : t('System')
      case 'autoCloseDays':
        return Number(raw) > 0 ? t('after {count} days', { count: Number(raw) }) : t('off')
      case 'signInOrder':
        return raw === 'provider_first'
          ? t('directory first, then the local password')
          : t('local password first, then the directory')
      case 'assignee':
        return raw ? String(raw) : t('nobody')
      case 'assignmentMode':
        return raw === 'round_robin'
          ? t('round robin')
          : raw === 'least_active'
            ? t('least active')
            : t('off')
      case 'assignmentMaxOpen':
        return raw === null || raw === undefined ? t('no limit') : String(raw)
      case 'isAway':
        return raw ? t('away') : t('available')
    }
    if (raw === null || raw === undefined || raw === '') return t('none')
    if (typeof raw === 'boolean') return raw ? t('on') : t('off')
    if (typeof raw === 'number') return String(raw)
    if (typeof raw === 'string') return quote(raw)
    return JSON.stringify(raw)
  }

  const field = (key: string, names?: Record<string, string>) =>
    names?.[key] ?? FIELDS[key] ?? humanize(key)

  function changes(after: Values, names?: Record<string, string>) {
    const parts = Object.keys(after).map((key) =>
      t('{field} to {value}', { field: field(key, names), value: value(key, after[key]) })
    )
    return parts.length ? parts.join(', ') : t('nothing visible changed')
  }

  /** Known actions by name (the audit log's filter menu); others as words. */
  const actionName = (action: string) => ACTIONS[action] ?? humanize(action)

  return { changes, field, value, quote, role, humanize, actionName }
}
