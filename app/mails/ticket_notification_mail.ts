import { BaseMail } from '@adonisjs/mail'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import type Ticket from '#models/ticket'
import type { Status } from '#models/ticket'
import { STATUS_LABELS } from '#services/tickets/ticket_lifecycle'
import { inlineImagesAsLinks } from '#services/tickets/markdown'
import type { TicketMessage } from '#services/notifications/notification_sender'
import { type Message, msg } from '#i18n/message'
import Translator from '#i18n/translator'

/** Whole sentences per status, so each language can phrase them its own way. */
const STATUS_HEADLINES: Record<Status, (reference: string) => Message> = {
  open: (reference) => msg('{reference} is now open', { reference }),
  assigned: (reference) => msg('{reference} is now assigned', { reference }),
  in_progress: (reference) => msg('{reference} is now in progress', { reference }),
  waiting_on_customer: (reference) => msg('{reference} is now waiting on customer', { reference }),
  resolved: (reference) => msg('{reference} is now resolved', { reference }),
  closed: (reference) => msg('{reference} is now closed', { reference }),
}

const HEADLINES: Record<TicketMessage['kind'], (m: TicketMessage, t: Ticket) => Message> = {
  ticket_created_receipt: (_m, t) =>
    msg('We received your request {reference}', { reference: t.reference }),
  ticket_created_group: (_m, t) =>
    msg('New ticket {reference} in {group}', {
      reference: t.reference,
      group: t.group?.name ?? msg('your group'),
    }),
  ticket_assigned: (m, t) =>
    m.actorName
      ? msg('{actor} assigned {reference} to you', { actor: m.actorName, reference: t.reference })
      : msg('{reference} was assigned to you', { reference: t.reference }),
  ticket_status_changed: (m, t) => STATUS_HEADLINES[m.statusTo ?? t.status](t.reference),
  ticket_replied: (m, t) =>
    msg('{actor} replied to {reference}', {
      actor: m.actorName ?? msg('Support'),
      reference: t.reference,
    }),
  ticket_customer_replied: (m, t) =>
    msg('{actor} replied on {reference}', {
      actor: m.actorName ?? msg('The requester'),
      reference: t.reference,
    }),
}

/** The kinds that go to the requester, who follows the ticket in the portal; staff get desk links. */
const FOR_REQUESTER: TicketMessage['kind'][] = [
  'ticket_created_receipt',
  'ticket_status_changed',
  'ticket_replied',
]

/**
 * One e-mail about a ticket, in its recipient's language. The mails about
 * its creation carry the bare subject ("[SB-1042] Printer jams"), every
 * later one "Re: …" (RFC 5322's prefix, the same in every language); all
 * but the requester's receipt (the root, <ticket-ID@host>) answer that root
 * in In-Reply-To and References, so mail clients show one conversation.
 */
export default class TicketNotificationMail extends BaseMail {
  subject: string

  constructor(
    private ticket: Ticket,
    private notice: TicketMessage,
    private ids: { messageId: string; root: string },
    /** The organization's mailbox (reply_address.ts): answers go where its channel reads. */
    private replyAddress: string | null = null
  ) {
    super()
    this.subject = `${notice.opening ? '' : 'Re: '}[${ticket.reference}] ${ticket.title}`
  }

  async prepare() {
    const { t, locale } = Translator.for(this.notice.locale)
    const route = FOR_REQUESTER.includes(this.notice.kind)
      ? 'portal.tickets.show'
      : 'desk.tickets.show'
    const data = {
      t,
      locale,
      ticket: this.ticket,
      notice: {
        ...this.notice,
        replyHtml: this.notice.replyHtml && inlineImagesAsLinks(this.notice.replyHtml, appUrl),
      },
      headline: t(HEADLINES[this.notice.kind](this.notice, this.ticket)),
      status: t(STATUS_LABELS[this.notice.statusTo ?? this.ticket.status]),
      link: new URL(urlFor(route, { id: this.ticket.id }), appUrl).href,
      settingsLink: new URL(urlFor('profile.edit'), appUrl).href,
    }
    this.message
      .to(this.notice.to.email, this.notice.to.name)
      .messageId(this.ids.messageId)
      .htmlView('emails/ticket_notification_html', data)
      .textView('emails/ticket_notification_text', data)
    if (this.replyAddress) {
      this.message.replyTo(this.replyAddress)
    }
    if (this.ids.messageId !== this.ids.root) {
      this.message.inReplyTo(this.ids.root).references([this.ids.root])
    }
  }
}
