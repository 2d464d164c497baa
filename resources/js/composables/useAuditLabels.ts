import { useI18n } from '~/i18n'

const LABELS: Record<string, string> = {
  'organization.created': 'created the organization',
  'organization.settings_updated': 'changed organization settings',
  'user.created': 'created a user',
  'user.updated': 'edited a user',
  'user.role_changed': 'changed a role',
  'user.deactivated': 'deactivated a user',
  'user.reactivated': 'reactivated a user',
  'user.invitation_sent': 'sent an invitation',
  'group.created': 'created a group',
  'group.updated': 'edited a group',
  'group.deleted': 'deleted a group',
  'group.member_added': 'added a group member',
  'group.member_removed': 'removed a group member',
  'auth.signed_in': 'signed in',
  'auth.signed_out': 'signed out',
  'auth.sign_in_failed': 'failed to sign in',
  'auth.password_reset_requested': 'asked for a password reset',
  'auth.password_reset': 'reset their password',
  'auth.invitation_accepted': 'accepted an invitation',
  'profile.updated': 'updated their profile',
  'profile.password_changed': 'changed their password',
  'plugin.enabled': 'enabled a plugin',
  'plugin.disabled': 'disabled a plugin',
  'plugin.configured': 'configured a plugin',
  'plugin.delivery_retried': 'retried a plugin delivery',
  'profile.notifications_updated': 'changed their notification settings',
}

export type UseAuditLabelsReturn = { describe: (action: string) => string }

/** Plain-language text for an audit action code; unknown codes show as they are. */
export function useAuditLabels(): UseAuditLabelsReturn {
  const { t } = useI18n()
  return {
    describe: (action: string) => (LABELS[action] ? t(LABELS[action]) : action),
  }
}
