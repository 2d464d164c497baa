import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import AuditLogService from '#services/audit_log_service'
import { systemContext, type ActorContext } from '#services/request_context'
import Hooks from '#platform/hooks'
import PluginCatalog from '#platform/plugin_catalog'
import Outbox from '#platform/outbox'
import { actorSnapshot, userSnapshot } from '#platform/snapshots'
import type { ExternalIdentity } from '#platform/catalogue'
import { directoryGroupNames, replaceDirectoryMemberships } from '#services/directory_groups'

/**
 * Accounts that come from an outside directory through an `auth.provider`
 * plugin: sign-in asks the provider, and the person's account is created
 * on first sign-in (just in time) or kept in step with the directory.
 */
export default class DirectoryAccounts {
  /**
   * For an e-mail nobody has yet, which organization's directory to ask:
   * the only one with an auth provider enabled. With several, a person
   * must exist first (a directory sync creates them), so one tenant's
   * password never reaches another tenant's directory. Only installations
   * of plugins that provide `auth.provider` count: organizations that
   * enabled other plugins are no candidates, however many there are.
   */
  static async soleOrganization() {
    const directories = PluginCatalog.providers('auth.provider').map(({ plugin }) => plugin.id)
    if (directories.length === 0) {
      return null
    }
    const rows = await db
      .from('plugin_installations')
      .where('enabled', true)
      .whereIn('plugin_id', directories)
      .distinct('organization_id')
      .limit(2)
    const candidates: number[] = []
    for (const row of rows) {
      if (await Hooks.hasProvider(row.organization_id, 'auth.provider')) {
        candidates.push(row.organization_id)
      }
    }
    return candidates.length === 1 ? candidates[0] : null
  }

  /**
   * The directory's verdict: the signed-in account, null (no such person or
   * a wrong password), or 'unreachable' when a directory failed or ran out
   * of time without an answer.
   */
  static async authenticate(organizationId: number, email: string, password: string) {
    if (!(await Hooks.hasProvider(organizationId, 'auth.provider'))) {
      return null
    }
    let failed = false
    const answer = await Hooks.provide(
      organizationId,
      'auth.provider',
      { email, password, organizationId },
      () => (failed = true)
    )
    if (!answer) {
      return failed ? ('unreachable' as const) : null
    }
    const user = await this.sync(organizationId, answer.pluginId, answer.result)
    return user?.isActive ? { user, via: answer.pluginId } : null
  }

  /**
   * The account for a directory identity: the one this directory owns with
   * the same external id (so a changed e-mail follows the person), else
   * the one with the e-mail, created when new. Accounts the directory owns
   * follow its name, e-mail, department and role; a local account keeps
   * its own.
   */
  private static async sync(organizationId: number, pluginId: string, identity: ExternalIdentity) {
    const email = identity.email.trim().toLowerCase()
    const directoryGroups = directoryGroupNames(identity.groups)
    const inOrganization = () =>
      User.query().withScopes((scopes) => scopes.forOrganization(organizationId))
    const byEmail = await inOrganization().whereRaw('lower(email) = ?', [email]).first()
    const byExternalId = identity.externalId
      ? await inOrganization()
          .where('auth_source', pluginId)
          .where('external_id', identity.externalId)
          .first()
      : null
    const existing = byExternalId ?? byEmail
    if (existing) {
      if (existing.authSource === pluginId) {
        // The new e-mail is taken only when nobody else in the organization holds it.
        const emailFree = !byEmail || byEmail.id === existing.id
        await db.transaction(async (trx) => {
          existing.useTransaction(trx)
          existing.merge({
            ...(emailFree ? { email } : {}),
            name: identity.name || existing.name,
            externalId: identity.externalId,
            department: identity.department ?? existing.department,
            role: identity.role ?? existing.role,
            ...(directoryGroups ? { directoryGroups } : {}),
          })
          await existing.save()
          await replaceDirectoryMemberships(trx, existing, identity.groupIds)
        })
      }
      return existing
    }
    return this.provision(organizationId, pluginId, identity)
  }

  /**
   * Creates the account of a directory identity, owned by the plugin
   * (auth source = its id): at first sign-in, or when the plugin creates
   * it through the host API (`context` then names the plugin as actor).
   */
  static async provision(
    organizationId: number,
    pluginId: string,
    identity: ExternalIdentity,
    context: ActorContext = { ...systemContext, userAgent: `plugin:${pluginId}` }
  ) {
    const email = identity.email.trim().toLowerCase()
    return db.transaction(async (trx) => {
      const created = await User.create(
        {
          organizationId,
          email,
          name: identity.name || email,
          role: identity.role ?? 'customer',
          department: identity.department ?? null,
          directoryGroups: directoryGroupNames(identity.groups) ?? [],
          password: null,
          authSource: pluginId,
          externalId: identity.externalId || null,
          isActive: true,
        },
        { client: trx }
      )
      const groupIds = await replaceDirectoryMemberships(trx, created, identity.groupIds)
      await AuditLogService.record(
        context,
        {
          organizationId,
          action: 'user.created',
          entityType: 'user',
          entityId: created.id,
          newValues: {
            email,
            role: created.role,
            via: pluginId,
            ...(groupIds ? { groupIds } : {}),
          },
        },
        trx
      )
      await Outbox.record(trx, organizationId, 'user.created', {
        user: userSnapshot(created),
        actor: actorSnapshot(context.actor, context.plugin),
      })
      return created
    })
  }
}
