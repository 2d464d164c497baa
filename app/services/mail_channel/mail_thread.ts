import type { ParsedMail } from '#services/mail_channel/parsed_mail'
import { TICKET_TITLE_LENGTH } from '#validators/ticket'

/**
 * The ids threadIds (notification_sender.ts) gives our mails:
 * `<ticket-42@host>` and `<ticket-42.event-7.ticket_replied.u3@host>`.
 */
const OUR_ID = /^<ticket-(\d+)(?:\.event-\d+\.[a-z_]+\.(?:u\d+|e[0-9a-f]+))?@([^<>\s]+)>$/i

/**
 * Tickets that a reply answers, judged from ids only our own host hands
 * out: In-Reply-To first, then References newest first. Another host's
 * `<ticket-1@…>` is someone else's helpdesk, not ours.
 */
export function ticketIdsFromHeaders(
  mail: Pick<ParsedMail, 'inReplyTo' | 'references'>,
  domain: string
): number[] {
  const host = domain.toLowerCase()
  const ids = [mail.inReplyTo, ...[...mail.references].reverse()]
    .map((messageId) => messageId?.match(OUR_ID))
    .filter((match) => match && match[2].toLowerCase() === host)
    .map((match) => Number(match![1]))
    .filter((id) => Number.isSafeInteger(id) && id > 0)
  return [...new Set(ids)]
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The ticket reference our subjects carry, `[SB-1042] …` (see
 * TicketNotificationMail), in the organization's spelling (`SB-1042`).
 * Only the bracketed form counts: "SB-1042" bare could be anyone's number.
 */
export function referenceFromSubject(subject: string, prefix: string): string | null {
  const match = subject.match(new RegExp(`\\[\\s*${escapeRegExp(prefix)}-(\\d+)\\s*\\]`, 'i'))
  return match ? `${prefix}-${Number(match[1])}` : null
}

/**
 * Re/Fwd as mail clients write them (German AW/WG, Nordic SV/VS/VL, French
 * Réf/TR, Spanish RV, Portuguese RES/ENC, Polish Odp). Not bare "Ref:",
 * which people use for their own references.
 */
const REPLY_PREFIX =
  /^\s*(?:re|fwd?|fw|aw|wg|antw|antwort|sv|vs|vl|réf|tr|rif|enc|odp|rv|res)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*/i
const REFERENCE_TAG = /\[\s*[a-z][a-z0-9]{0,9}-\d+\s*\]/gi

/** English on purpose: a ticket title is data, not interface, and is stored as it is. */
export const NO_SUBJECT_TITLE = '(no subject)'

/**
 * A ticket title from a subject: reply/forward prefixes (however often
 * repeated) and the bracketed reference removed, within the title's
 * length rules (createTicketValidator). With the organization's prefix
 * only its own `[SB-12]` goes; without, any `[ABC-12]`.
 */
export function ticketTitle(subject: string, prefix?: string): string {
  const tag = prefix
    ? new RegExp(`\\[\\s*${escapeRegExp(prefix)}-\\d+\\s*\\]`, 'gi')
    : REFERENCE_TAG
  let title = subject.replace(/\s+/g, ' ').replace(tag, ' ')
  let previous: string
  do {
    previous = title
    title = title.replace(REPLY_PREFIX, '').replace(tag, ' ').trim()
  } while (title !== previous)
  title = title.replace(/\s+/g, ' ').trim()
  if (title.length === 0) {
    return NO_SUBJECT_TITLE
  }
  if (title.length < TICKET_TITLE_LENGTH.min) {
    return `(subject: ${title})`
  }
  return title.length > TICKET_TITLE_LENGTH.max
    ? `${title.slice(0, TICKET_TITLE_LENGTH.max - 1).trimEnd()}…`
    : title
}
