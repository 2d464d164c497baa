import {
  cleanName,
  inspectFile,
  RefusedAttachment,
  type InspectedFile,
} from '#services/tickets/attachment_intake'
import { type Message, msg } from '#i18n/message'
import type { MailAttachment } from '#services/mail_channel/parsed_mail'

/** A form takes 5 files; a mail is not refused whole for carrying more, but this many are kept. */
export const MAIL_ATTACHMENTS_MAX = 20

export type RefusedMailAttachment = {
  name: string
  /** English, for logs and the mail log an admin reads. */
  reason: string
  /** The same reason, to be put into the reader's language. */
  message: Message
}

export type MailAttachments = { accepted: InspectedFile[]; refused: RefusedMailAttachment[] }

/**
 * Parts that are the message's own machinery, not something a person
 * attached: report parts of bounces and receipts, S/MIME signatures, and
 * Apple's text/watch-html body alternative.
 */
const NOT_ATTACHMENTS = new Set([
  'message/delivery-status',
  'message/global-delivery-status',
  'message/disposition-notification',
  'message/feedback-report',
  'text/rfc822-headers',
  'application/pkcs7-signature',
  'application/x-pkcs7-signature',
  'text/watch-html',
])

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'message/rfc822': 'eml',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'text/calendar': 'ics',
  'text/html': 'html',
}

/** `image-1.png`, `attachment-2.pdf`: for parts the message gives no name. */
function fallbackName(contentType: string, position: number) {
  const kind = contentType.startsWith('image/') ? 'image' : 'attachment'
  return `${kind}-${position}.${EXTENSIONS[contentType] ?? 'bin'}`
}

/**
 * A name some mailers send as raw UTF-8 bytes in the header, without the
 * RFC 2231 or RFC 2047 encoding, reaches us read as Latin-1 ("ÐÐ°Ñ…"
 * for "Ка…"). Read as UTF-8 it is valid and not ASCII: that is the name
 * meant. A real Latin-1 name ("ciële") is not valid UTF-8 and stays.
 */
export function repairedName(name: string) {
  const codes = [...name].map((char) => char.codePointAt(0)!)
  if (!codes.some((code) => code >= 0x80) || codes.some((code) => code > 0xff)) return name
  const read = new TextDecoder('utf-8').decode(Buffer.from(name, 'latin1'))
  // Mailers that cut a long name mid-character leave one broken sequence at the end.
  const trimmed = read.replace(/\uFFFD+$/, '')
  return trimmed.includes('\uFFFD') || trimmed === '' ? name : trimmed
}

/**
 * The files of a message, inline images included, judged by the same
 * rules as uploads (inspectFile). A refused file never refuses the mail:
 * it is listed with its reason and the rest goes on.
 */
export async function inspectMailAttachments(parts: MailAttachment[]): Promise<MailAttachments> {
  const accepted: InspectedFile[] = []
  const refused: RefusedMailAttachment[] = []
  const refuse = (name: string, message: Message) =>
    refused.push({ name, reason: message.toString(), message })
  const files = parts.filter((part) => !NOT_ATTACHMENTS.has(part.contentType))
  for (const [index, part] of files.entries()) {
    const name = cleanName(
      part.filename ? repairedName(part.filename) : fallbackName(part.contentType, index + 1)
    )
    if (accepted.length >= MAIL_ATTACHMENTS_MAX) {
      refuse(
        name,
        msg('only the first {max} files of an e-mail are kept', { max: MAIL_ATTACHMENTS_MAX })
      )
      continue
    }
    try {
      accepted.push(await inspectFile(name, part.content))
    } catch (error) {
      if (!(error instanceof RefusedAttachment)) {
        throw error
      }
      refuse(error.fileName, error.reason)
    }
  }
  return { accepted, refused }
}
