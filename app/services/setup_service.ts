import db from '@adonisjs/lucid/services/db'
import string from '@adonisjs/core/helpers/string'
import Organization from '#models/organization'
import User from '#models/user'
import AuditLogService from '#services/audit_log_service'
import Outbox from '#platform/outbox'
import { userSnapshot } from '#platform/snapshots'
import type { ActorContext } from '#services/request_context'

export type SetupInput = {
  organizationName: string
  name: string
  email: string
  password: string
}

/** Any advisory-lock key will do, as long as only first-run setup uses it. */
const SETUP_LOCK_KEY = 748_201

/**
 * First run: until an admin exists anywhere in the install, every page
 * redirects to /setup. Users are never hard-deleted, so once an admin has
 * existed setup is gone for good; each process caches that fact.
 */
export default class SetupService {
  static #done = false

  static async isComplete() {
    if (this.#done) {
      return true
    }
    const admin = await User.query().where('role', 'admin').select('id').first()
    this.#done = admin !== null
    return this.#done
  }

  /** Forget the cached answer; tests reset the database between cases. */
  static resetCache() {
    this.#done = false
  }

  /**
   * Creates the organization and its first admin in one transaction. A
   * second concurrent attempt waits on the advisory lock, then finds the
   * admin and gives up, so two admins can never be created by a race.
   */
  static async complete(input: SetupInput, context: ActorContext) {
    const user = await db.transaction(async (trx) => {
      await trx.rawQuery('SELECT pg_advisory_xact_lock(?)', [SETUP_LOCK_KEY])
      const existing = await User.query({ client: trx }).where('role', 'admin').first()
      if (existing) {
        return null
      }

      const organization = await Organization.create(
        { name: input.organizationName, slug: await uniqueSlug(input.organizationName, trx) },
        { client: trx }
      )
      const admin = await User.create(
        {
          organizationId: organization.id,
          name: input.name,
          email: input.email,
          password: input.password,
          role: 'admin',
        },
        { client: trx }
      )
      const audit = { ...context, actor: admin }
      await AuditLogService.record(
        audit,
        {
          organizationId: organization.id,
          action: 'organization.created',
          entityType: 'organization',
          entityId: organization.id,
          newValues: { name: organization.name, slug: organization.slug },
        },
        trx
      )
      await AuditLogService.record(
        audit,
        {
          organizationId: organization.id,
          action: 'user.created',
          entityType: 'user',
          entityId: admin.id,
          newValues: { email: admin.email, role: admin.role, via: 'setup' },
        },
        trx
      )
      await Outbox.record(trx, organization.id, 'user.created', {
        user: userSnapshot(admin),
        actor: null,
      })
      return admin
    })

    if (user) {
      this.#done = true
    }
    return user
  }
}

/** A URL-safe slug for the organization, suffixed when taken. */
export async function uniqueSlug(
  name: string,
  client: Pick<typeof db, 'from'> = db
): Promise<string> {
  const base = string.slug(name, { lower: true, strict: true }).slice(0, 50) || 'organization'
  let candidate = base
  for (let n = 2; ; n++) {
    const taken = await client.from('organizations').where('slug', candidate).first()
    if (!taken) {
      return candidate
    }
    candidate = `${base}-${n}`
  }
}
