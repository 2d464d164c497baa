import { randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'

/** Long enough for a batch of big messages; renewed after every batch. */
export const LEASE_SECONDS = env.get('MAIL_FETCH_LEASE_SECONDS') ?? 120

/**
 * One worker fetches a mailbox at a time (issue 17, point 2). The lease
 * is a row update, so a fetch of thousands of messages keeps no
 * transaction open, and a worker that dies mid-batch frees the mailbox
 * when its lease runs out: the next one resumes from what was recorded.
 */
export default class MailboxLease {
  readonly owner = randomUUID()

  private constructor(readonly mailboxId: number) {}

  /** The lease, or null while another worker holds an unexpired one. */
  static async take(mailboxId: number, seconds = LEASE_SECONDS) {
    const lease = new MailboxLease(mailboxId)
    const taken = await db.rawQuery(
      `UPDATE mailboxes
          SET fetch_lease_owner = ?, fetch_lease_until = now() + make_interval(secs => ?)
        WHERE id = ? AND (fetch_lease_until IS NULL OR fetch_lease_until < now())
        RETURNING id`,
      [lease.owner, seconds, mailboxId]
    )
    return taken.rows.length ? lease : null
  }

  /** Extends the lease; false when it ran out and another worker took the mailbox. */
  async renew(seconds = LEASE_SECONDS) {
    const renewed = await db.rawQuery(
      `UPDATE mailboxes SET fetch_lease_until = now() + make_interval(secs => ?)
        WHERE id = ? AND fetch_lease_owner = ? RETURNING id`,
      [seconds, this.mailboxId, this.owner]
    )
    return renewed.rows.length > 0
  }

  async release() {
    await db.rawQuery(
      `UPDATE mailboxes SET fetch_lease_owner = NULL, fetch_lease_until = NULL
        WHERE id = ? AND fetch_lease_owner = ?`,
      [this.mailboxId, this.owner]
    )
  }
}

/** The fetch lost its mailbox to another worker (its lease ran out): it stops where it is. */
export class LeaseLostError extends Error {
  constructor(mailboxId: number) {
    super(`the fetch lease of mailbox ${mailboxId} ran out and another worker took it`)
  }
}
