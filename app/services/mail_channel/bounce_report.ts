import type { ParsedMail } from '#services/mail_channel/parsed_mail'

/** What a bounce says about the mail it returns; either list may be empty. */
export type BounceReport = {
  /** Message-IDs of the returned mail, which match a notification log's message_id. */
  originalMessageIds: string[]
  /** Lower-case addresses the mail could not reach. */
  failedRecipients: string[]
}

const MESSAGE_ID_LINE = /^[ \t>]*Message-ID:[ \t]*(<[^<>\s@]+@[^<>\s]+>)/gim
const RECIPIENT_LINE =
  /^(?:Final|Original)-Recipient:[ \t]*[\w-]+[ \t]*;[ \t]*<?([^\s<>;]+@[^\s<>;]+)>?/gim
const ADDRESS = /[^\s<>,;"]+@[^\s<>,;"]+/g

/** Only the header block: a Message-ID quoted further down belongs to an older mail. */
function headerBlock(text: string) {
  const end = text.search(/\r?\n\r?\n/)
  return end === -1 ? text : text.slice(0, end)
}

function matches(text: string, pattern: RegExp) {
  return [...text.matchAll(pattern)].map((match) => match[1])
}

/**
 * Reads a bounce (see classifyMail) for what it returns. Report parts are
 * read first (message/rfc822 or text/rfc822-headers of the original,
 * message/delivery-status); bounces without them (qmail, Exim, Gmail's
 * plain ones) quote the original's headers in the text, which is read last.
 */
export function readBounce(mail: ParsedMail): BounceReport {
  const originals: string[] = []
  const recipients: string[] = []
  for (const part of mail.attachments) {
    const content = part.content.toString('utf8')
    if (part.contentType === 'message/rfc822' || part.contentType === 'text/rfc822-headers') {
      originals.push(...matches(headerBlock(content), MESSAGE_ID_LINE))
    } else if (/^message\/(global-)?delivery-status$/.test(part.contentType)) {
      recipients.push(...matches(content, RECIPIENT_LINE))
    }
  }
  if (originals.length === 0) {
    originals.push(...matches(mail.text ?? '', MESSAGE_ID_LINE))
  }
  for (const value of mail.headers.get('x-failed-recipients') ?? []) {
    recipients.push(...(value.match(ADDRESS) ?? []))
  }
  return {
    originalMessageIds: [...new Set(originals)].filter((id) => id !== mail.messageId),
    failedRecipients: [...new Set(recipients.map((address) => address.toLowerCase()))],
  }
}
