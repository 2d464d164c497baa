import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import MailMessage, { type IgnoreReason, type MailMessageStatus } from '#models/mail_message'
import type Mailbox from '#models/mailbox'
import type Ticket from '#models/ticket'
import type User from '#models/user'
import TicketIntake from '#services/tickets/ticket_intake'
import TicketConversation from '#services/tickets/ticket_conversation'
import { parseMail, type ParsedMail } from '#services/mail_channel/parsed_mail'
import { classifyMail } from '#services/mail_channel/mail_classifier'
import { readBounce } from '#services/mail_channel/bounce_report'
import { mailText } from '#services/mail_channel/mail_text'
import { inspectMailAttachments } from '#services/mail_channel/mail_attachments'
import { ticketTitle } from '#services/mail_channel/mail_thread'
import BounceMarker from '#services/mail_channel/bounce_marker'
import LoopGuard from '#services/mail_channel/loop_guard'
import MailSenders, { senderContext } from '#services/mail_channel/mail_senders'
import MailThreading from '#services/mail_channel/mail_threading'
import { ownAddresses } from '#services/mail_channel/own_addresses'

/** Larger messages become dead letters: no attachment over 10 MB is kept anyway. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024

export type IngestOptions = {
  /** An admin released a held message: the loop check has had its say. */
  releaseHold?: boolean
}

/** Another worker (or an admin's retry) settled the message first: this run's work is undone. */
export class AlreadySettledError extends Error {}

/**
 * What one recorded message becomes (issue 17, points 3 to 5): ignored
 * with a reason (a bounce, an auto-reply, mail from ourselves, a message
 * seen before), held (a loop), a public reply on the ticket it answers, or
 * a new ticket in the mailbox's group. The ticket or reply and the
 * message's new status commit in one transaction, and only while the
 * message is still pending: processed twice, it still opens one ticket.
 */
export default class MailIngest {
  static async ingest(
    message: MailMessage,
    mailbox: Mailbox,
    raw: Buffer,
    options: IngestOptions = {}
  ) {
    if (raw.length > MAX_MESSAGE_BYTES) {
      // Parsing holds it several times over in memory; an admin can still download it.
      throw new Error(
        `the message is ${Math.round(raw.length / 1024 / 1024)} MB, over the ${MAX_MESSAGE_BYTES / 1024 / 1024} MB that are processed`
      )
    }
    const mail = await parseMail(raw)
    const fromAddress = mail.from?.address ?? null
    message.merge({
      messageId: mail.messageId?.slice(0, 998) ?? null,
      fromAddress: fromAddress?.slice(0, 320) ?? null,
      subject: mail.subject || null,
    })

    const verdict = classifyMail(mail, { ownAddresses: await ownAddresses(mailbox) })
    if (verdict) {
      let detail = verdict.detail
      if (verdict.reason === 'bounce') {
        const marked = await BounceMarker.mark(mailbox.organizationId, readBounce(mail))
        if (marked) detail += `; ${marked} notification(s) marked bounced`
      }
      return this.settle(message, 'ignored', verdict.reason, detail)
    }
    if (!fromAddress) {
      return this.settle(message, 'ignored', 'no_sender', 'the message has no sender address')
    }
    if (await this.seenBefore(message, mailbox)) {
      return this.settle(
        message,
        'ignored',
        'duplicate',
        `Message-ID ${message.messageId} was processed before`
      )
    }
    if (!options.releaseHold && (await LoopGuard.exceeded(mailbox, message, fromAddress))) {
      return this.settle(
        message,
        'held',
        'loop',
        `more than ${mailbox.loopLimit} messages from ${fromAddress} in ${mailbox.loopWindowMinutes} minutes`
      )
    }

    const sender = await MailSenders.find(fromAddress)
    if (sender && sender.organizationId !== mailbox.organizationId) {
      return this.settle(
        message,
        'ignored',
        'foreign_sender',
        "the sender's address belongs to an account this organization cannot use"
      )
    }
    if (sender && !sender.isActive) {
      return this.settle(message, 'ignored', 'inactive_sender', 'the sender is deactivated')
    }
    const { ticket, prefix } = await MailThreading.ticketFor(mailbox.organizationId, mail)
    if (ticket && ticket.status !== 'closed') {
      const author = await this.replyAuthor(ticket, sender, mail, mailbox)
      if (author) return this.reply(message, mail, ticket, author)
    }
    const requester =
      sender ?? (await MailSenders.createCustomer(mailbox.organizationId, mail.from!))
    return this.open(message, mail, mailbox, requester, prefix)
  }

  /**
   * Who may answer a ticket by mail: its requester and the organization's
   * agents; anyone else (someone in CC) only where the admin allows it,
   * else their mail opens a ticket of its own.
   */
  private static async replyAuthor(
    ticket: Ticket,
    sender: User | null,
    mail: ParsedMail,
    mailbox: Mailbox
  ) {
    if (sender && (sender.id === ticket.requesterId || sender.isStaff)) return sender
    if (!mailbox.allowCcReplies) return null
    return sender ?? (await MailSenders.createCustomer(mailbox.organizationId, mail.from!))
  }

  private static async open(
    message: MailMessage,
    mail: ParsedMail,
    mailbox: Mailbox,
    requester: User,
    prefix: string
  ) {
    const text = mailText(mail)
    const files = await inspectMailAttachments(mail.attachments)
    await TicketIntake.open(
      requester,
      {
        title: ticketTitle(mail.subject, prefix),
        description: text.full || '(no text)',
        groupId: mailbox.groupId,
      },
      files.accepted,
      senderContext(requester),
      'email',
      (trx, ticket) =>
        this.settleWithin(trx, message, 'ticket', {
          ticketId: ticket.id,
          refusedAttachments: refusedList(files.refused),
        })
    )
    return message
  }

  private static async reply(message: MailMessage, mail: ParsedMail, ticket: Ticket, author: User) {
    const text = mailText(mail)
    const files = await inspectMailAttachments(mail.attachments)
    await TicketConversation.add(
      ticket,
      author,
      { body: text.visible || text.full || '(no text)', internal: false, source: 'email' },
      files.accepted,
      senderContext(author),
      (trx, comment) =>
        this.settleWithin(trx, message, 'reply', {
          ticketId: ticket.id,
          commentId: comment.id,
          refusedAttachments: refusedList(files.refused),
          fullText: text.full !== text.visible ? text.full : null,
        })
    )
    return message
  }

  /** The same Message-ID already opened a ticket or a reply in this organization. */
  private static async seenBefore(message: MailMessage, mailbox: Mailbox) {
    if (!message.messageId) return false
    const earlier = await MailMessage.query()
      .withScopes((scopes) => scopes.forOrganization(mailbox.organizationId))
      .where('message_id', message.messageId)
      .whereIn('status', ['ticket', 'reply'])
      .whereNot('id', message.id)
      .first()
    return earlier !== null
  }

  /** Ignored or held: nothing else to commit with it. */
  private static async settle(
    message: MailMessage,
    status: MailMessageStatus,
    reason: IgnoreReason,
    detail: string
  ) {
    const updated = await MailMessage.query()
      .withScopes((scopes) => scopes.forOrganization(message.organizationId))
      .where('id', message.id)
      .where('status', 'pending')
      .update(this.columns(message, status, { reason, detail }))
    if (Number(updated) === 0) throw new AlreadySettledError()
    await message.refresh()
    return message
  }

  /** Inside the ticket's or reply's transaction: rolls it back when the message was settled meanwhile. */
  private static async settleWithin(
    trx: TransactionClientContract,
    message: MailMessage,
    status: MailMessageStatus,
    outcome: Partial<
      Pick<MailMessage, 'ticketId' | 'commentId' | 'refusedAttachments' | 'fullText'>
    >
  ) {
    const updated = await MailMessage.query({ client: trx })
      .withScopes((scopes) => scopes.forOrganization(message.organizationId))
      .where('id', message.id)
      .where('status', 'pending')
      .update(this.columns(message, status, outcome))
    if (Number(updated) === 0) throw new AlreadySettledError()
    message.merge({ status, ...outcome })
  }

  private static columns(
    message: MailMessage,
    status: MailMessageStatus,
    extra: Record<string, unknown>
  ) {
    const refused = extra.refusedAttachments as MailMessage['refusedAttachments'] | undefined
    return {
      status,
      message_id: message.messageId,
      from_address: message.fromAddress,
      subject: message.subject,
      reason: (extra.reason as string | undefined) ?? null,
      detail: (extra.detail as string | undefined) ?? null,
      ticket_id: (extra.ticketId as number | undefined) ?? null,
      comment_id: (extra.commentId as number | undefined) ?? null,
      full_text: (extra.fullText as string | null | undefined) ?? null,
      refused_attachments: JSON.stringify(refused ?? []),
      error: null,
      processed_at: DateTime.now().toJSDate(),
      updated_at: new Date(),
    }
  }
}

/** What the ticket page lists: the name and the reason (in English, as stored). */
function refusedList(refused: { name: string; reason: string }[]) {
  return refused.map(({ name, reason }) => ({ name, reason }))
}
