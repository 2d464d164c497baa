import NotificationLog from '#models/notification_log'
import { mailbox, type CaughtMail } from '#tests/support/mailbox'
import { drainEvents } from '#tests/support/plugins'

/**
 * Delivers every event written so far (the real event worker, the real
 * SMTP server process) and hands back what arrived, emptying the mailbox
 * for the next step of a test.
 */
export async function delivered() {
  await drainEvents()
  const mails = await mailbox.all()
  await mailbox.clear()
  return mails
}

/** "to: subject" per mail, sorted: who got what, at a glance and in failure messages. */
export function summary(mails: CaughtMail[]) {
  return mails.flatMap((mail) => mail.envelope.to.map((to) => `${to}: ${mail.subject}`)).sort()
}

export function referencesOf(mail: CaughtMail) {
  return [mail.references ?? []].flat()
}

export function logsOf(ticketId: number) {
  return NotificationLog.query().where('ticket_id', ticketId).orderBy('id')
}
