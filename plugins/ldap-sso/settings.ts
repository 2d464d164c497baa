import vine from '@vinejs/vine'
import type { SettingsField, SettingsOf } from '#platform/sdk'

export const ROLES = ['admin', 'agent', 'customer'] as const
export type MappedRole = (typeof ROLES)[number]

/**
 * Admin → Plugins → LDAP sign-in and
 * `PUT /api/v1/admin/plugins/ldap-sso/settings`. Only the server URL is
 * needed to save; sign-in and sync also need the user base.
 */
export const settings = vine.object({
  url: vine
    .string()
    .trim()
    .regex(/^ldaps?:\/\/[^\s/]+\/?$/i)
    .maxLength(500)
    .optional(),
  startTls: vine.boolean().optional(),
  caCertificate: vine.string().trim().maxLength(20_000).optional(),
  verifyCertificates: vine.boolean().optional(),
  bindDn: vine.string().trim().maxLength(500).optional(),
  bindPassword: vine.string().maxLength(500).optional(),
  userBase: vine.string().trim().maxLength(500).optional(),
  userFilter: vine.string().trim().maxLength(1000).optional(),
  loginAttribute: vine
    .string()
    .trim()
    .regex(/^[A-Za-z][\w-]*$/)
    .maxLength(64)
    .optional(),
  emailAttribute: vine
    .string()
    .trim()
    .regex(/^[A-Za-z][\w-]*$/)
    .maxLength(64)
    .optional(),
  nameAttribute: vine
    .string()
    .trim()
    .regex(/^[A-Za-z][\w-]*$/)
    .maxLength(64)
    .optional(),
  departmentAttribute: vine
    .string()
    .trim()
    .regex(/^[A-Za-z][\w-]*$/)
    .maxLength(64)
    .optional(),
  externalIdAttribute: vine
    .string()
    .trim()
    .regex(/^[A-Za-z][\w-]*$/)
    .maxLength(64)
    .optional(),
  groupBase: vine.string().trim().maxLength(500).optional(),
  groupFilter: vine.string().trim().maxLength(1000).optional(),
  groupMemberAttribute: vine.enum(['member', 'uniqueMember', 'memberOf']).optional(),
  nestedGroups: vine.boolean().optional(),
  mappings: vine
    .array(
      vine.object({
        directoryGroup: vine.string().trim().minLength(1).maxLength(500),
        role: vine.enum(ROLES),
        groupIds: vine.array(vine.number().withoutDecimals()),
      })
    )
    .maxLength(200)
    .optional(),
  defaultRole: vine.enum([...ROLES, 'refuse']).optional(),
  syncEveryMinutes: vine.number().withoutDecimals().min(0).max(10_080).optional(),
  maxDeactivateShare: vine.number().min(0).max(1).optional(),
})

type Settings = SettingsOf<typeof settings>

export const fields: { [K in keyof Settings]?: SettingsField<Settings[K]> } = {
  url: {
    label: 'Server URL',
    placeholder: 'ldaps://dc1.example.com',
    help: 'ldap:// or ldaps://, with a port if not the standard one.',
  },
  startTls: { label: 'Use StartTLS on ldap://' },
  caCertificate: {
    label: 'CA certificate (PEM) to trust',
    help: 'For a directory whose certificate your own CA signed. Empty: the system CAs.',
  },
  verifyCertificates: {
    label: 'Verify certificates',
    help: 'On by default. Turn off only to diagnose, never in production.',
    default: true,
  },
  bindDn: {
    label: 'Service account (bind DN)',
    placeholder: 'cn=switchboard,ou=services,dc=example,dc=com',
  },
  bindPassword: { label: 'Service account password' },
  userBase: { label: 'User search base', placeholder: 'ou=people,dc=example,dc=com' },
  userFilter: {
    label: 'Who may sign in (user filter)',
    placeholder: '(objectClass=inetOrgPerson)',
    help: 'Active Directory: (&(objectCategory=person)(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))',
  },
  loginAttribute: {
    label: 'Login attribute',
    placeholder: 'uid',
    help: 'uid, mail or sAMAccountName',
  },
  emailAttribute: { label: 'E-mail attribute', placeholder: 'mail' },
  nameAttribute: { label: 'Name attribute', placeholder: 'cn' },
  departmentAttribute: { label: 'Department attribute', placeholder: 'ou', help: 'Empty: none.' },
  externalIdAttribute: {
    label: 'External id attribute',
    placeholder: 'entryUUID',
    help: 'entryUUID (OpenLDAP, FreeIPA: ipaUniqueID), objectGUID (Active Directory), or dn.',
  },
  groupBase: { label: 'Group search base', placeholder: 'ou=groups,dc=example,dc=com' },
  groupFilter: {
    label: 'Group filter',
    placeholder: '(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=group))',
  },
  groupMemberAttribute: {
    label: 'Membership',
    help: 'member or uniqueMember on the group, or memberOf on the user.',
  },
  nestedGroups: { label: 'Follow nested groups' },
  mappings: {
    label: 'Directory group → role and teams',
    help: 'A group by its DN or its cn. Several matches: the highest role, all their teams.',
    columns: {
      directoryGroup: {
        label: 'Directory group',
        placeholder: 'cn=helpdesk,ou=groups,dc=example,dc=com',
      },
      role: { label: 'Role' },
      groupIds: { label: 'Teams', options: 'groups' },
    },
  },
  defaultRole: {
    label: 'People in no mapped group',
    help: 'Their role, or refuse: they cannot sign in.',
  },
  syncEveryMinutes: {
    label: 'Sync every (minutes)',
    help: '0 or empty: only when asked (Sync now, ldap-sso:sync). Runs after a first sync by hand.',
  },
  maxDeactivateShare: {
    label: 'Hold a sync that would deactivate more than (share)',
    placeholder: '0.1',
    help: 'A fraction of the directory users: 0.1 holds a sync that would deactivate over 10 %.',
  },
}
