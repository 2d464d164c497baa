import MailMessage from '#models/mail_message'
import type Mailbox from '#models/mailbox'

/**
 * Loop protection (issue 17, points 5 and 9): mail from one sender beyond
 * the mailbox's limit within its window is held for an admin rather than
 * opening ticket after ticket, as two auto-responders answering each
 * other would. Counts what this sender's mail became in the window: tickets,
 * replies and what is already held.
 */
export default class LoopGuard {
  static async exceeded(mailbox: Mailbox, message: MailMessage, fromAddress: string) {
    const since = new Date(Date.now() - mailbox.loopWindowMinutes * 60_000)
    const row = await MailMessage.query()
      .withScopes((scopes) => scopes.forOrganization(mailbox.organizationId))
      .where('mailbox_id', mailbox.id)
      .where('from_address', fromAddress)
      .where('created_at', '>', since)
      .whereIn('status', ['ticket', 'reply', 'held'])
      .whereNot('id', message.id)
      .count('* as total')
      .firstOrFail()
    return Number(row.$extras.total) >= mailbox.loopLimit
  }
}
