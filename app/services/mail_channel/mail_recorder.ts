import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import type Mailbox from '#models/mailbox'
import MailMessage from '#models/mail_message'

export type FetchedMessage = {
  uidValidity: number
  uid: number
  source: Buffer
  /** The server's INTERNALDATE: when the message arrived in the mailbox. */
  receivedAt: Date | null
}

/**
 * Records fetched messages before anything is done with them (issue 17,
 * point 2): the raw bytes go to Drive under a key made of the mailbox,
 * its fetch generation, UIDVALIDITY and UID, then a pending row is inserted. Both steps can run
 * twice without harm (same key, ON CONFLICT DO NOTHING), so a worker that
 * died between fetching and processing leaves nothing half recorded.
 */
export default class MailRecorder {
  static rawKey(mailbox: Mailbox, uidValidity: number, uid: number) {
    return `mail/${mailbox.organizationId}/${mailbox.id}/${mailbox.fetchGeneration}-${uidValidity}-${uid}.eml`
  }

  /** Records the messages; answers the ids of the rows this call inserted. */
  static async record(mailbox: Mailbox, messages: FetchedMessage[]) {
    if (!messages.length) return []
    for (const message of messages) {
      await drive
        .use()
        .put(this.rawKey(mailbox, message.uidValidity, message.uid), message.source, {
          contentType: 'message/rfc822',
        })
    }
    const now = new Date()
    const inserted = await db
      .table('mail_messages')
      .insert(
        messages.map((message) => ({
          organization_id: mailbox.organizationId,
          mailbox_id: mailbox.id,
          generation: mailbox.fetchGeneration,
          uid_validity: message.uidValidity,
          uid: message.uid,
          message_id: messageIdOf(message.source),
          raw_key: this.rawKey(mailbox, message.uidValidity, message.uid),
          raw_size: message.source.length,
          status: 'pending',
          received_at: message.receivedAt,
          created_at: now,
          updated_at: now,
        }))
      )
      .onConflict(['mailbox_id', 'generation', 'uid_validity', 'uid'])
      .ignore()
      .returning('id')
    return inserted.map((row: { id: number }) => Number(row.id))
  }

  /** Of these UIDs, the ones already recorded (from this server, account and folder). */
  static async knownUids(mailbox: Mailbox, uidValidity: number, uids: number[]) {
    if (!uids.length) return new Set<number>()
    const rows = await MailMessage.query()
      .withScopes((scopes) => scopes.forOrganization(mailbox.organizationId))
      .where('mailbox_id', mailbox.id)
      .where('generation', mailbox.fetchGeneration)
      .where('uid_validity', uidValidity)
      .whereIn('uid', uids)
      .select('uid')
    return new Set(rows.map((row) => Number(row.uid)))
  }

  /** Rows a dead worker recorded but never processed, oldest first. */
  static pending(mailbox: Mailbox) {
    return MailMessage.query()
      .withScopes((scopes) => scopes.forOrganization(mailbox.organizationId))
      .where('mailbox_id', mailbox.id)
      .where('status', 'pending')
      .orderBy('id')
  }

  static async raw(message: MailMessage) {
    return Buffer.from(await drive.use().getBytes(message.rawKey))
  }
}

/**
 * The Message-ID as the header gives it, read from the header block
 * without parsing the message (that may fail; recording must not), so the
 * record names the message by it from the start. Processing sets it again
 * from the parsed message.
 */
export function messageIdOf(source: Buffer) {
  // The header block ends at the first empty line, CRLF or bare LF (real mail has both).
  const ends = [source.indexOf('\r\n\r\n'), source.indexOf('\n\n')].filter((at) => at >= 0)
  const head = source.subarray(0, ends.length ? Math.min(...ends) : 64 * 1024)
  // Unfolded: a long header may continue on the next line after whitespace.
  const text = head.toString('latin1').replace(/\r?\n[ \t]+/g, ' ')
  const match = /^message-id:\s*(<[^<>\s]+>)/im.exec(text)
  return match ? match[1].slice(0, 998) : null
}
