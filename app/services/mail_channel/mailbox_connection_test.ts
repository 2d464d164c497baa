import type Mailbox from '#models/mailbox'
import type { MailboxTls } from '#models/mailbox'
import { testConnection, type TestConnectionResult } from '#services/mail_channel/imap_connection'
import { msg } from '#i18n/message'

export type ConnectionTestInput = {
  host: string
  port: number
  tls: MailboxTls
  verifyCertificates: boolean
  username: string
  /** Absent: the stored password of the mailbox being edited. */
  password?: string
  folder: string
}

/**
 * "Test connection" for a mailbox's stored settings, or for the values on
 * the form before they are saved. Never throws; the password is never in
 * the answer (testConnection's messages leave it out too).
 */
export default class MailboxConnectionTest {
  static stored(mailbox: Mailbox) {
    return this.run({
      host: mailbox.host,
      port: mailbox.port,
      tls: mailbox.tls,
      verifyCertificates: mailbox.verifyCertificates,
      username: mailbox.username,
      password: mailbox.password() ?? undefined,
      folder: mailbox.folder,
    })
  }

  static async run(input: ConnectionTestInput): Promise<TestConnectionResult> {
    if (input.password === undefined) {
      return {
        ok: false,
        stage: 'login',
        message: msg('No password is stored for this mailbox. Enter one.').toString(),
      }
    }
    return testConnection(
      {
        host: input.host,
        port: input.port,
        tls: input.tls,
        verifyCertificates: input.verifyCertificates,
        user: input.username,
        password: input.password,
      },
      input.folder
    )
  }
}
