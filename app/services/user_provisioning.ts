import db from '@adonisjs/lucid/services/db'
import Organization from '#models/organization'
import Outbox from '#platform/outbox'
import { userSnapshot } from '#platform/snapshots'
import User, { ROLES, type Role } from '#models/user'
import AuditLogService from '#services/audit_log_service'
import { systemContext } from '#services/request_context'
import { uniqueSlug } from '#services/setup_service'
import { passwordWeakness } from '#validators/rules/password_strength'

export type ProvisionInput = {
  email: string
  password: string
  role: string
  name: string
  organization?: string
}

export class ProvisioningError extends Error {}

/**
 * Creates users from the command line (`node ace user:create`), for
 * scripted installs. Every refusal carries a message meant for the
 * operator's terminal.
 */
export default class UserProvisioning {
  static async create(input: ProvisionInput) {
    if (!(ROLES as readonly string[]).includes(input.role)) {
      throw new ProvisioningError(`Unknown role "${input.role}". Use one of: ${ROLES.join(', ')}.`)
    }
    const email = input.email.trim().toLowerCase()
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      throw new ProvisioningError(`"${input.email}" is not a valid e-mail address.`)
    }
    if (!input.name.trim()) {
      throw new ProvisioningError('A name is required (--name).')
    }
    const weakness = passwordWeakness(input.password)
    if (weakness) {
      throw new ProvisioningError(`Weak password: ${weakness}`)
    }
    const taken = await User.query().whereRaw('lower(email) = ?', [email]).first()
    if (taken) {
      throw new ProvisioningError(`A user with the e-mail ${email} already exists.`)
    }

    const organization = await this.organizationFor(input.organization)
    const user = await db.transaction(async (trx) => {
      const created = await User.create(
        {
          organizationId: organization.id,
          email,
          name: input.name.trim(),
          password: input.password,
          role: input.role as Role,
        },
        { client: trx }
      )
      await AuditLogService.record(
        systemContext,
        {
          organizationId: organization.id,
          action: 'user.created',
          entityType: 'user',
          entityId: created.id,
          newValues: { email: created.email, role: created.role, via: 'cli' },
        },
        trx
      )
      await Outbox.record(trx, organization.id, 'user.created', {
        user: userSnapshot(created),
        actor: null,
      })
      return created
    })
    return { user, organization }
  }

  /**
   * The named organization; without a name, the only one, or a new
   * "Helpdesk" organization on a fresh install.
   */
  private static async organizationFor(slug?: string) {
    if (slug) {
      const found = await Organization.findBy('slug', slug)
      if (!found) {
        const known = await Organization.query().select('slug').orderBy('slug')
        const list = known.map((o) => o.slug).join(', ') || 'none yet'
        throw new ProvisioningError(`No organization "${slug}". Known organizations: ${list}.`)
      }
      return found
    }
    const all = await Organization.query().limit(2)
    if (all.length === 1) {
      return all[0]
    }
    if (all.length > 1) {
      throw new ProvisioningError(
        'There are several organizations: choose one with --organization SLUG.'
      )
    }
    return Organization.create({ name: 'Helpdesk', slug: await uniqueSlug('Helpdesk') })
  }
}
