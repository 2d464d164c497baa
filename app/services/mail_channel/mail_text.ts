import { convert } from 'html-to-text'
import EmailReplyParser from 'email-reply-parser'
import type { ParsedMail } from '#services/mail_channel/parsed_mail'
import { REPLY_BODY_MAX, TICKET_DESCRIPTION_MAX } from '#validators/ticket'

/**
 * Both texts are cut to fit a ticket description and a reply body alike
 * (createTicketValidator, replyValidator), since the same message may
 * open a ticket or answer one.
 */
export const MAIL_TEXT_MAX = Math.min(TICKET_DESCRIPTION_MAX, REPLY_BODY_MAX)
const TRUNCATED = '\n\n[…]'

/**
 * The text of a message as a ticket shows it. Either may be '' (a message
 * of attachments only); the caller decides what a ticket says then.
 */
export type MailText = {
  /** Everything the person wrote, quoted history included. */
  full: string
  /** Without quoted history and signature; `full` when trimming would leave nothing. */
  visible: string
}

/**
 * Ticket text is Markdown, rendered by renderMarkdown (tickets/markdown.ts),
 * which never passes raw HTML through (markdown-it `html: false`) and then
 * sanitizes; so a `<script>` a mail's text contains, or that html-to-text
 * decodes from `&lt;script&gt;`, ends as visible, inert text. No escaping
 * here, which would show backslashes to readers.
 */
function htmlToText(html: string) {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'head', format: 'skip' },
      {
        selector: 'a',
        options: { linkBrackets: ['(', ')'], hideLinkIfSameAsText: true, ignoreHref: false },
      },
    ],
  })
}

function normalize(text: string) {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // Control characters other than tab and newline only garble a page.
      .replace(/[^\P{Cc}\n\t]/gu, '')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  )
}

function cap(text: string) {
  return text.length > MAIL_TEXT_MAX
    ? text.slice(0, MAIL_TEXT_MAX - TRUNCATED.length).trimEnd() + TRUNCATED
    : text
}

/**
 * Where quoted history starts, for the headers email-reply-parser does not
 * know: a wrapped "On … wrote:" (two lines), German "Am … schrieb …:",
 * and Outlook's "-----Original Message-----" or "From: … / Sent: …" block.
 * Forwarded messages are not cut: what was forwarded is often the request.
 */
const QUOTE_STARTS = [
  /^(?:On|Le|El|Il|Op)\s[^\n]*(?:\n[^\n]*)?\s(?:wrote|a écrit|escribió|ha scritto|schreef)\s*:[ \t]*$/m,
  /^Am\s[^\n]*(?:\n[^\n]*)?\sschrieb[^\n]*:[ \t]*$/m,
  /^-{3,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine)\s*-{3,}/im,
  /^\*?(?:From|Von|De|Van):\*?[ \t][^\n]+\n(?:[^\n]+\n)?\*?(?:Sent|Gesendet|Date|Datum|Envoyé|Enviado):\*?[ \t]/m,
]

function cutHistory(text: string) {
  let end = text.length
  for (const pattern of QUOTE_STARTS) {
    const index = text.search(pattern)
    if (index !== -1 && index < end) {
      end = index
    }
  }
  // Outlook draws a line of underscores above its block.
  return text.slice(0, end).replace(/\n_{5,}\s*$/, '')
}

/** The trimmed reply, or '' when nothing of the person's own is left. */
export function visibleText(full: string): string {
  const cut = cutHistory(full)
  return normalize(new EmailReplyParser().parseReply(cut))
}

export function mailText(mail: Pick<ParsedMail, 'text' | 'html'>): MailText {
  const source = mail.text?.trim() ? mail.text : mail.html ? htmlToText(mail.html) : ''
  const full = normalize(source)
  const visible = visibleText(full)
  return { full: cap(full), visible: cap(visible || full) }
}
