import type Group from '#models/group'
import { pluginTestContext } from '#platform/sdk/testing'
import { helpdesk } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'
import { GroupFactory } from '#database/factories/main'
import plugin from '#plugins/ldap-sso/plugin'
import type { Context, LdapSettings } from '#plugins/ldap-sso/types'
import { startSlapd, type SlapdHandle, type SlapdOptions } from '#tests/support/slapd'

/** The plugin's settings for each fixture directory, as an admin would type them. */
export function settingsFor(
  ldap: SlapdHandle,
  directory: 'planetexpress' | 'authelia'
): LdapSettings {
  return directory === 'planetexpress'
    ? {
        url: ldap.url,
        bindDn: ldap.adminDn,
        bindPassword: ldap.adminPassword,
        userBase: 'ou=people,dc=planetexpress,dc=com',
        userFilter: '(objectClass=inetOrgPerson)',
        loginAttribute: 'uid',
        departmentAttribute: 'ou',
        groupBase: 'ou=people,dc=planetexpress,dc=com',
        groupFilter: '(objectClass=Group)',
        groupMemberAttribute: 'memberOf',
      }
    : {
        url: ldap.url,
        bindDn: ldap.adminDn,
        bindPassword: ldap.adminPassword,
        userBase: 'ou=users,dc=example,dc=com',
        userFilter: '(objectClass=inetOrgPerson)',
        loginAttribute: 'uid',
        groupBase: 'ou=groups,dc=example,dc=com',
        groupFilter: '(objectClass=groupOfNames)',
        groupMemberAttribute: 'member',
      }
}

/**
 * A helpdesk whose organization signs in against a real slapd loaded with
 * a fixture directory, with two extra teams to map groups to.
 */
export async function directoryDesk(
  directory: 'planetexpress' | 'authelia',
  overrides: (teams: { crew: Group; office: Group }) => LdapSettings = () => ({}),
  options: Omit<SlapdOptions, 'directory' | 'ldif' | 'baseDn'> = {}
) {
  const ldap = await startSlapd({ directory, ...options })
  const desk = await helpdesk()
  const crew = await GroupFactory.merge({
    organizationId: desk.organization.id,
    name: 'Crew',
  }).create()
  const office = await GroupFactory.merge({
    organizationId: desk.organization.id,
    name: 'Office',
  }).create()
  const settings = { ...settingsFor(ldap, directory), ...overrides({ crew, office }) }
  await enablePlugin(desk.organization, 'ldap-sso', settings)
  const run = await pluginTestContext(plugin, { organization: desk.organization, settings })
  return { ...desk, ldap, crew, office, settings, run, context: run.context as Context }
}

export type DirectoryDesk = Awaited<ReturnType<typeof directoryDesk>>
