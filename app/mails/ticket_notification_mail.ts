import { BaseMail } from '@adonisjs/mail'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import type Ticket from '#models/ticket'
import { STATUS_LABELS } from '#services/tickets/ticket_lifecycle'
import { inlineImagesAsLinks } from '#services/tickets/markdown'
import type { TicketMessage } from '#services/notifications/notification_sender'

const HEADLINES: Record<TicketMessage['kind'], (m: TicketMessage, t: Ticket) => string> = {
  ticket_created_receipt: (_m, t) => `We received your request ${t.reference}`,
  ticket_created_group: (_m, t) => `New ticket ${t.reference} in ${t.group?.name ?? 'your group'}`,
  ticket_assigned: (m, t) =>
    m.actorName
      ? `${m.actorName} assigned ${t.reference} to you`
      : `${t.reference} was assigned to you`,
  ticket_status_changed: (m, t) =>
    `${t.reference} is now ${STATUS_LABELS[m.statusTo ?? t.status].toLowerCase()}`,
  ticket_replied: (m, t) => `${m.actorName ?? 'Support'} replied to ${t.reference}`,
  ticket_customer_replied: (m, t) => `${m.actorName ?? 'The requester'} replied on ${t.reference}`,
}

/** The kinds that go to the requester, who follows the ticket in the portal; staff get desk links. */
const FOR_REQUESTER: TicketMessage['kind'][] = [
  'ticket_created_receipt',
  'ticket_status_changed',
  'ticket_replied',
]

/**
 * One e-mail about a ticket. The mails about its creation carry the bare
 * subject ("[SB-1042] Printer jams"), every later one "Re: …"; all but the
 * requester's receipt (the root, <ticket-ID@host>) answer that root in
 * In-Reply-To and References, so mail clients show one conversation.
 */
export default class TicketNotificationMail extends BaseMail {
  subject: string

  constructor(
    private ticket: Ticket,
    private notice: TicketMessage,
    private ids: { messageId: string; root: string }
  ) {
    super()
    this.subject = `${notice.opening ? '' : 'Re: '}[${ticket.reference}] ${ticket.title}`
  }

  async prepare() {
    const route = FOR_REQUESTER.includes(this.notice.kind)
      ? 'portal.tickets.show'
      : 'desk.tickets.show'
    const data = {
      ticket: this.ticket,
      notice: {
        ...this.notice,
        replyHtml: this.notice.replyHtml && inlineImagesAsLinks(this.notice.replyHtml, appUrl),
      },
      headline: HEADLINES[this.notice.kind](this.notice, this.ticket),
      status: STATUS_LABELS[this.notice.statusTo ?? this.ticket.status],
      link: new URL(urlFor(route, { id: this.ticket.id }), appUrl).href,
      settingsLink: new URL(urlFor('profile.edit'), appUrl).href,
    }
    this.message
      .to(this.notice.to.email, this.notice.to.name)
      .messageId(this.ids.messageId)
      .htmlView('emails/ticket_notification_html', data)
      .textView('emails/ticket_notification_text', data)
    if (this.ids.messageId !== this.ids.root) {
      this.message.inReplyTo(this.ids.root).references([this.ids.root])
    }
  }
}
