import { definePlugin } from '#platform/sdk'
import registerAdmin from './admin/register_admin.js'
import { fields, settings } from './settings.js'
import { authenticate } from './signin/authenticate.js'
import registerSync from './sync/register_sync.js'

/**
 * Sign-in with directory accounts (OpenLDAP, Active Directory, FreeIPA):
 * people are created at their first sign-in and kept in step with the
 * directory — details, role and teams from their directory groups — and a
 * scheduled sync creates, updates and deactivates accounts, previewed
 * first and held when it would deactivate too many.
 */
export default definePlugin({
  id: 'ldap-sso',
  name: 'LDAP sign-in',
  version: '0.1.0',
  description:
    'Employees sign in with their directory account (LDAP, Active Directory); roles and teams follow their directory groups; a scheduled sync creates, updates and deactivates accounts.',
  requires: { core: '^0.1.0' },
  settings,
  fields,
  secrets: ['bindPassword'],
  register(hooks) {
    hooks.provide('auth.provider', (input, context) => authenticate(context, input))
    registerSync(hooks)
    registerAdmin(hooks)
  },
})
