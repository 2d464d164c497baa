import type { LdapSettings } from '../types.js'

/** The settings the directory code reads, with the defaults an inetOrgPerson directory needs. */
export type DirectoryConfig = {
  url: string
  startTls: boolean
  caCertificate: string | null
  verifyCertificates: boolean
  bindDn: string | null
  bindPassword: string | null
  userBase: string
  userFilter: string
  loginAttribute: string
  emailAttribute: string
  nameAttribute: string
  departmentAttribute: string | null
  externalIdAttribute: string
  groupBase: string | null
  groupFilter: string
  groupMemberAttribute: 'member' | 'uniqueMember' | 'memberOf'
  nestedGroups: boolean
}

export class NotConfigured extends Error {}

export function directoryConfig(settings: LdapSettings): DirectoryConfig {
  if (!settings.url) throw new NotConfigured('Set the server URL first.')
  if (!settings.userBase) throw new NotConfigured('Set the user search base first.')
  return {
    url: settings.url,
    startTls: settings.startTls ?? false,
    caCertificate: settings.caCertificate?.trim() || null,
    verifyCertificates: settings.verifyCertificates ?? true,
    bindDn: settings.bindDn || null,
    bindPassword: settings.bindPassword || null,
    userBase: settings.userBase,
    userFilter: settings.userFilter || '(objectClass=inetOrgPerson)',
    loginAttribute: settings.loginAttribute || 'uid',
    emailAttribute: settings.emailAttribute || 'mail',
    nameAttribute: settings.nameAttribute || 'cn',
    departmentAttribute: settings.departmentAttribute || null,
    externalIdAttribute: settings.externalIdAttribute || 'entryUUID',
    groupBase: settings.groupBase || null,
    groupFilter:
      settings.groupFilter ||
      '(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=group))',
    groupMemberAttribute: settings.groupMemberAttribute ?? 'member',
    nestedGroups: settings.nestedGroups ?? false,
  }
}
