import type Mailbox from '#models/mailbox'
import type { ImapSettings } from '#services/mail_channel/imap_connection'

/** How the mailbox reaches its server, the password decrypted for the connection only. */
export function imapSettings(mailbox: Mailbox): ImapSettings {
  return {
    host: mailbox.host,
    port: mailbox.port,
    tls: mailbox.tls,
    verifyCertificates: mailbox.verifyCertificates,
    user: mailbox.username,
    password: mailbox.password() ?? '',
  }
}
