import type { Data } from '@generated/data'
import { useI18n } from '~/i18n'
import { useTicketLabels } from '~/composables/useTicketLabels'
import { useAuditValues } from '~/composables/useAuditValues'

export type UseAuditSentencesReturn = {
  /** "Sam Agent changed the status of SB-1002 to Resolved." */
  sentence: (entry: Data.AuditLog) => string
  /** A short name for an action code, for the filter menu. */
  actionName: (action: string) => string
}

type Values = Record<string, unknown>

/**
 * Audit entries as sentences in the reader's language: who did what to
 * which record (by its name or reference), and to what values. An action
 * this file does not know yet still reads as words, never as a code.
 */
export function useAuditSentences(): UseAuditSentencesReturn {
  const { t, formatDateTime } = useI18n()
  const labels = useTicketLabels()
  const { changes, quote, role, humanize, actionName } = useAuditValues()

  function sentence(entry: Data.AuditLog) {
    const before = (entry.oldValues ?? {}) as Values
    const after = (entry.newValues ?? {}) as Values
    const values = { ...before, ...after }
    const related = entry.related as Record<string, string>
    const actor = entry.actorName ?? entry.actorLabel ?? t('Switchboard')
    const target = entry.target ?? (entry.entityId ? `#${entry.entityId}` : '')
    const named = { actor, target }
    const list = () => changes(after, related.fields as unknown as Record<string, string>)
    const moved = () =>
      values.movedTo
        ? t(', after moving {count} open tickets to {group}', {
            count: Number(values.movedTickets ?? 0),
            group: String(values.movedTo),
          })
        : ''

    switch (entry.action) {
      case 'organization.created':
        return t('{actor} created the organization {target}.', named)
      case 'organization.settings_updated':
        return t('{actor} changed the organization settings: {changes}.', {
          actor,
          changes: list(),
        })

      case 'user.created':
        if (values.via === 'setup')
          return t('{actor} set up Switchboard as its first admin.', named)
        if (values.via === 'cli') {
          return t('{target} was created from the command line as {role}.', {
            target,
            role: role(values.role),
          })
        }
        if (values.via) {
          return t(
            '{target} signed in through {plugin} for the first time, which created the account.',
            {
              target,
              plugin: String(values.via),
            }
          )
        }
        if (values.onboarding === 'email') {
          return t('{target} wrote to a mailbox for the first time, which created the account.', {
            target,
          })
        }
        return values.onboarding === 'invite'
          ? t('{actor} invited {target} as {role}.', { ...named, role: role(values.role) })
          : t('{actor} created the account of {target} as {role}.', {
              ...named,
              role: role(values.role),
            })
      case 'user.role_changed':
        return t('{actor} changed the role of {target} from {from} to {to}.', {
          ...named,
          from: role(before.role),
          to: role(after.role),
        })
      case 'user.updated':
        return t('{actor} edited {target}: {changes}.', { ...named, changes: list() })
      case 'user.availability_changed':
        if (!after.isAway) return t('{actor} set {target} available.', named)
        return after.awayUntil
          ? t('{actor} set {target} away until {date}.', {
              ...named,
              date: formatDateTime(String(after.awayUntil)),
            })
          : t('{actor} set {target} away.', named)
      case 'user.deactivated':
        return t('{actor} deactivated {target}.', named)
      case 'user.reactivated':
        return t('{actor} reactivated {target}.', named)
      case 'user.invitation_sent':
        return values.delivered === false
          ? t(
              '{actor} tried to send {target} an invitation, but the mail server refused it.',
              named
            )
          : t('{actor} sent {target} an invitation.', named)

      case 'mailbox.created':
        return t('{actor} added the mailbox {target}.', named)
      case 'mailbox.updated':
        return t('{actor} edited the mailbox {target}: {changes}.', { ...named, changes: list() })
      case 'mailbox.deleted':
        return t('{actor} removed the mailbox {target}.', named)
      case 'mailbox.message_retried':
        return values.status === 'held'
          ? t('{actor} released a held message of the mailbox {target}.', named)
          : t('{actor} retried a failed message of the mailbox {target}.', named)

      case 'group.created':
        return t('{actor} created the group {target}.', named)
      case 'group.updated':
        return t('{actor} edited the group {target}: {changes}.', { ...named, changes: list() })
      case 'group.deleted':
        return t('{actor} deleted the group {target}{moved}.', { ...named, moved: moved() })
      case 'group.deactivated':
        return t('{actor} deactivated the group {target}, which tickets still use{moved}.', {
          ...named,
          moved: moved(),
        })
      case 'group.member_added':
        return t('{actor} added {member} to the group {target}.', {
          ...named,
          member: related.user ?? String(values.email ?? t('someone')),
        })
      case 'group.member_removed':
        return t('{actor} removed {member} from the group {target}.', {
          ...named,
          member: related.user ?? t('someone'),
        })
      case 'category.created':
        return t('{actor} added the category {target} to the group {group}.', {
          ...named,
          group: related.group ?? '—',
        })
      case 'subcategory.created':
        return t('{actor} added the subcategory {target} to the category {category}.', {
          ...named,
          category: related.category ?? '—',
        })
      case 'category.updated':
        return t('{actor} edited the category {target}: {changes}.', { ...named, changes: list() })
      case 'subcategory.updated':
        return t('{actor} edited the subcategory {target}: {changes}.', {
          ...named,
          changes: list(),
        })
      case 'category.deleted':
        return t('{actor} deleted the category {target}.', named)
      case 'subcategory.deleted':
        return t('{actor} deleted the subcategory {target}.', named)
      case 'category.deactivated':
        return t('{actor} deactivated the category {target}, which tickets still use.', named)
      case 'subcategory.deactivated':
        return t('{actor} deactivated the subcategory {target}, which tickets still use.', named)
      case 'group.moved':
      case 'category.moved':
      case 'subcategory.moved':
        return values.direction === 'up'
          ? t('{actor} moved {target} up the list.', named)
          : t('{actor} moved {target} down the list.', named)

      case 'auth.signed_in':
        return values.via
          ? t('{actor} signed in through {via}.', { actor, via: String(values.via) })
          : t('{actor} signed in.', named)
      case 'auth.signed_out':
        return t('{actor} signed out.', named)
      case 'auth.sign_in_failed':
        return t('Someone failed to sign in as {email}: {reason}.', {
          email: String(values.email ?? target),
          reason: signInFailure(values.reason),
        })
      case 'auth.password_reset_requested':
        return t('Someone asked for a password reset link for {target}.', named)
      case 'auth.password_reset':
        return t('{actor} chose a new password through a reset link.', named)
      case 'auth.invitation_accepted':
        return t('{actor} accepted the invitation and chose a password.', named)
      case 'auth.sign_in_ended':
        return values.kind === 'api'
          ? t('{actor} ended one of their API sign-ins.', named)
          : t('{actor} signed out one of their browsers.', named)
      case 'auth.signed_out_elsewhere':
        return t('{actor} signed out everywhere else.', named)
      case 'auth.refresh_token_reused':
        return t(
          'An API refresh token of {target} was used a second time, so all tokens of that sign-in were revoked.',
          named
        )

      case 'profile.updated':
        return t('{actor} updated their profile: {changes}.', { actor, changes: list() })
      case 'profile.notifications_updated':
        return t('{actor} changed their notification e-mails: {changes}.', {
          actor,
          changes: list(),
        })
      case 'profile.password_changed':
        return t('{actor} changed their password.', named)

      case 'plugin.enabled':
        return t('{actor} enabled the plugin {target}.', named)
      case 'plugin.disabled':
        return t('{actor} disabled the plugin {target}.', named)
      case 'plugin.configured':
        return t('{actor} changed the settings of the plugin {target}: {changes}.', {
          ...named,
          changes: list(),
        })
      case 'plugin.delivery_retried':
        return t('{actor} retried the delivery of {event} to {subscriber}.', {
          actor,
          event: String(values.event ?? ''),
          subscriber: related.plugin ?? t('e-mail notifications'),
        })

      case 'ticket.created':
        return t('{actor} opened {target} {title} in {group}.', {
          ...named,
          title: quote(values.title),
          group: related.group ?? '—',
        })
      case 'ticket.assigned':
        return after.assignee
          ? t('{actor} assigned {target} to {assignee}.', {
              ...named,
              assignee: String(after.assignee),
            })
          : t('{actor} unassigned {target}.', named)
      case 'ticket.status_changed':
        if (entry.userAgent === 'auto-close' && after.status === 'closed') {
          return t('{target} closed on its own: resolved, and nobody answered in time.', named)
        }
        return t('{actor} changed the status of {target} to {status}.', {
          ...named,
          status: labels.status(String(after.status)),
        })
      case 'ticket.updated':
        return t('{actor} changed {target}: {changes}.', { ...named, changes: list() })
      case 'ticket.comment_added':
        return t('{actor} replied on {target}.', named)
      case 'ticket.note_added':
        return t('{actor} added an internal note to {target}.', named)

      case 'import.started':
        return values.kind === 'users'
          ? t('{actor} started importing users from {file} ({count} rows).', {
              actor,
              file: String(values.fileName ?? target),
              count: Number(values.totalRows ?? 0),
            })
          : t('{actor} started importing tickets from {file} ({count} rows).', {
              actor,
              file: String(values.fileName ?? target),
              count: Number(values.totalRows ?? 0),
            })

      default:
        return t('{actor}: {what} ({target}).', {
          actor,
          what: humanize(entry.action),
          target: [humanize(entry.entityType), target].filter(Boolean).join(' '),
        })
    }
  }

  function signInFailure(reason: unknown) {
    switch (reason) {
      case 'wrong_password':
        return t('wrong password')
      case 'unknown_email':
        return t('no account with that e-mail')
      case 'deactivated':
        return t('the account is deactivated')
      case 'no_local_password':
        return t('the account has no password of its own')
      default:
        return humanize(String(reason ?? ''))
    }
  }

  return { sentence, actionName }
}
