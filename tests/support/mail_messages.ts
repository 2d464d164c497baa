import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import MailMessage, { type MailMessageStatus } from '#models/mail_message'
import MailboxService, { type MailboxSettings } from '#services/mail_channel/mailbox_service'
import { systemContext } from '#services/request_context'

let nextUid = 1

export function rawMail(subject: string, from = 'customer@example.com') {
  return [
    `From: ${from}`,
    'To: support@example.com',
    `Subject: ${subject}`,
    `Message-ID: <${randomUUID()}@example.com>`,
    'Date: Tue, 01 Dec 2026 06:00:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Body of ${subject}`,
    '',
  ].join('\r\n')
}

/**
 * A message as the fetcher records it, its raw copy put in Drive, without
 * an IMAP server: for tests of what admins and agents see of messages
 * (tests/support/mail_channel.ts delivers through a real dovecot instead).
 */
export async function recordMailMessage(
  mailbox: { id: number; organizationId: number },
  fields: Partial<{
    subject: string
    from: string
    status: MailMessageStatus
    reason: string | null
    error: string | null
    ticketId: number | null
    commentId: number | null
    fullText: string | null
    refusedAttachments: { name: string; reason: string }[]
    raw: string
  }> = {}
) {
  const subject = fields.subject ?? 'Printer on fire'
  const raw = fields.raw ?? rawMail(subject, fields.from)
  const key = `mail/test/${randomUUID()}.eml`
  await drive.use().put(key, raw)
  return MailMessage.create({
    organizationId: mailbox.organizationId,
    mailboxId: mailbox.id,
    uidValidity: 1,
    uid: nextUid++,
    messageId: `<${randomUUID()}@example.com>`,
    fromAddress: fields.from ?? 'customer@example.com',
    subject,
    rawKey: key,
    rawSize: Buffer.byteLength(raw),
    status: fields.status ?? 'ticket',
    reason: fields.reason ?? null,
    error: fields.error ?? null,
    ticketId: fields.ticketId ?? null,
    commentId: fields.commentId ?? null,
    fullText: fields.fullText ?? null,
    refusedAttachments: fields.refusedAttachments ?? [],
    attempts: fields.status === 'failed' ? 1 : 0,
    receivedAt: DateTime.now(),
  })
}

/** A mailbox of the helpdesk's organization, through the real service. */
export async function mailboxOf(
  desk: { organization: { id: number }; it: { id: number }; admin: unknown },
  settings: Partial<MailboxSettings> = {}
) {
  return MailboxService.create(
    desk.organization.id,
    {
      name: 'Support',
      host: 'imap.example.com',
      port: 993,
      tls: 'implicit',
      username: 'support@example.com',
      password: 'imap secret 42',
      groupId: desk.it.id,
      ...settings,
    },
    systemContext
  )
}
