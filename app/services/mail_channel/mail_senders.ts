import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import Outbox from '#platform/outbox'
import { actorSnapshot, userSnapshot } from '#platform/snapshots'

export type Sender = { address: string; name: string | null }

/** Where the e-mail channel acts on nobody's behalf (a customer it creates). */
export const mailChannelContext: ActorContext = {
  actor: null,
  ip: null,
  userAgent: 'e-mail channel',
}

/** Acting as the person who wrote the mail: their ticket, their reply. */
export function senderContext(user: User): ActorContext {
  return { actor: user, ip: null, userAgent: 'e-mail channel' }
}

function isUniqueViolation(error: unknown) {
  return (error as { code?: string })?.code === '23505'
}

/**
 * Who wrote a message. An address is one account across Switchboard
 * (users.email is unique), so an address known in another organization is
 * that organization's person: the mailbox's organization never sees or
 * borrows it.
 */
export default class MailSenders {
  static find(address: string) {
    return User.query().whereRaw('lower(email) = ?', [address.toLowerCase()]).first()
  }

  /**
   * A customer created just in time, in the mailbox's organization, with
   * no password: they follow their tickets by mail, and may set one later
   * through "forgot password" to use the portal.
   */
  static async createCustomer(organizationId: number, sender: Sender) {
    try {
      return await db.transaction(async (trx) => {
        const user = await User.create(
          {
            organizationId,
            name: displayName(sender),
            email: sender.address.toLowerCase(),
            role: 'customer',
            password: null,
          },
          { client: trx }
        )
        await AuditLogService.record(
          mailChannelContext,
          {
            organizationId,
            action: 'user.created',
            entityType: 'user',
            entityId: user.id,
            newValues: { name: user.name, email: user.email, role: user.role, onboarding: 'email' },
          },
          trx
        )
        await Outbox.record(trx, organizationId, 'user.created', {
          user: userSnapshot(user),
          actor: actorSnapshot(null),
        })
        return user
      })
    } catch (error) {
      // Another worker created the same address a moment ago: theirs is the one.
      if (isUniqueViolation(error)) {
        const existing = await this.find(sender.address)
        if (existing) return existing
      }
      throw error
    }
  }
}

/** The name in From, or the address's local part ("jane.doe" → "jane.doe"). */
function displayName(sender: Sender) {
  const name = sender.name?.replace(/[\p{Cc}]/gu, '').trim()
  return (name || sender.address.split('@')[0] || sender.address).slice(0, 120)
}
