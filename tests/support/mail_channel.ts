import { randomUUID } from 'node:crypto'
import Mailbox from '#models/mailbox'
import MailMessage from '#models/mail_message'
import Ticket from '#models/ticket'
import MailRecorder from '#services/mail_channel/mail_recorder'
import MailboxService, { type MailboxSettings } from '#services/mail_channel/mailbox_service'
import MailboxFetcher from '#services/mail_channel/mailbox_fetcher'
import { systemContext } from '#services/request_context'
import type { ImapServerHandle } from '#tests/support/imap_server'

/** The IMAP account the tests' mailboxes read (tests/support/imap_server.ts's default user). */
export const IMAP_USER = 'agent'

/** A mailbox of the organization reading the throwaway dovecot's INBOX. */
export async function connectedMailbox(
  imap: ImapServerHandle,
  organizationId: number,
  groupId: number,
  overrides: Partial<MailboxSettings> = {}
) {
  const settings = imap.settings(IMAP_USER)
  return MailboxService.create(
    organizationId,
    {
      name: `Support ${randomUUID().slice(0, 8)}`,
      host: settings.host,
      port: settings.port,
      tls: 'none',
      username: settings.user,
      password: settings.password,
      groupId,
      ...overrides,
    },
    systemContext
  )
}

export type Mail = {
  from: string
  subject: string
  body?: string
  to?: string
  messageId?: string
  headers?: Record<string, string>
}

/** A plain RFC 5322 message, as a mail client sends one. */
export function rawMail(mail: Mail) {
  const headers: Record<string, string> = {
    'From': mail.from,
    'To': mail.to ?? 'support@desk.example',
    'Subject': mail.subject,
    'Date': new Date().toUTCString(),
    'Message-ID': mail.messageId ?? `<${randomUUID()}@client.example>`,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Transfer-Encoding': '8bit',
    ...mail.headers,
  }
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n')
  return `${head}\r\n\r\n${(mail.body ?? 'Hello').replace(/\r?\n/g, '\r\n')}\r\n`
}

/** Delivers mail into the account's INBOX, as an MTA would. */
export async function deliver(imap: ImapServerHandle, ...mails: (Mail | string | Buffer)[]) {
  for (const mail of mails) {
    const raw = typeof mail === 'string' || Buffer.isBuffer(mail) ? mail : rawMail(mail)
    await imap.append(IMAP_USER, 'INBOX', raw)
  }
}

/** Fetches the mailbox now (as the worker does) and answers its messages, oldest first. */
export async function fetchNow(mailbox: Mailbox) {
  const summary = await MailboxFetcher.fetch(await Mailbox.findOrFail(mailbox.id))
  const messages = await messagesOf(mailbox)
  return { summary, messages }
}

export function messagesOf(mailbox: Mailbox) {
  return MailMessage.query().where('mailbox_id', mailbox.id).orderBy('id')
}

export async function fetchSummary(mailbox: Mailbox) {
  const { summary } = await fetchNow(mailbox)
  return summary
}

export async function fetchMessages(mailbox: Mailbox) {
  const { messages } = await fetchNow(mailbox)
  return messages
}

/** Fetches, then the mailbox's `index`-th message ever (oldest first). */
export async function fetchedMessage(mailbox: Mailbox, index: number) {
  const messages = await fetchMessages(mailbox)
  return messages[index]
}

export async function messageCount(mailbox: Mailbox) {
  const messages = await messagesOf(mailbox)
  return messages.length
}

export async function ticketCount(organizationId: number) {
  const tickets = await Ticket.query().where('organization_id', organizationId)
  return tickets.length
}

export async function ticketTitle(ticketId: number | null) {
  const ticket = await Ticket.findOrFail(ticketId)
  return ticket.title
}

export async function rawSize(message: MailMessage) {
  const raw = await MailRecorder.raw(message)
  return raw.length
}
