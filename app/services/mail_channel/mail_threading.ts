import Organization from '#models/organization'
import Ticket from '#models/ticket'
import { appUrl } from '#config/app'
import type { ParsedMail } from '#services/mail_channel/parsed_mail'
import { referenceFromSubject, ticketIdsFromHeaders } from '#services/mail_channel/mail_thread'

/** Our notification Message-IDs end in this host (notification_sender.ts threadIds). */
const domain = new URL(appUrl).hostname

/** The organization's ticket prefix, read once a minute at most: it rarely changes. */
const prefixes = new Map<number, { prefix: Promise<string>; readAt: number }>()
function prefixOf(organizationId: number) {
  const cached = prefixes.get(organizationId)
  if (cached && Date.now() - cached.readAt < 60_000) return cached.prefix
  const prefix = Organization.findOrFail(organizationId).then((row) => row.ticketPrefix)
  prefixes.set(organizationId, { prefix, readAt: Date.now() })
  prefix.catch(() => prefixes.delete(organizationId))
  return prefix
}

/**
 * The ticket a message answers (issue 17, point 4): first by In-Reply-To
 * and References pointing at one of our own notification Message-IDs, then
 * by the reference in the subject ("Re: [SB-1042] Printer jams"). Only the
 * mailbox's organization's tickets: an id or a reference that names
 * another organization's ticket finds nothing, and the mail opens a ticket.
 */
export default class MailThreading {
  static async ticketFor(organizationId: number, mail: ParsedMail) {
    const prefix = await prefixOf(organizationId)
    for (const id of ticketIdsFromHeaders(mail, domain)) {
      const ticket = await Ticket.query()
        .withScopes((scopes) => scopes.forOrganization(organizationId))
        .where('id', id)
        .first()
      if (ticket) return { ticket, prefix }
    }
    const reference = referenceFromSubject(mail.subject, prefix)
    const ticket = reference
      ? await Ticket.query()
          .withScopes((scopes) => scopes.forOrganization(organizationId))
          // The number is what identifies it in the organization (and is indexed).
          .where('number', Number(reference.slice(prefix.length + 1)))
          .first()
      : null
    return { ticket, prefix }
  }
}
