import {
  simpleParser,
  type AddressObject,
  type EmailAddress,
  type StructuredHeader,
} from 'mailparser'

export type MailAddress = { address: string; name: string }

export type MailAttachment = {
  /** As the message names it (decoded); null when it gives none. */
  filename: string | null
  /** The type the message declares, lower-case; never trusted for storage (see mail_attachments). */
  contentType: string
  content: Buffer
  cid: string | null
  /** Shown inside the message (Content-Disposition: inline, or part of multipart/related). */
  inline: boolean
}

/** One incoming message, normalized so nothing downstream touches mailparser's shapes. */
export type ParsedMail = {
  messageId: string | null
  inReplyTo: string | null
  /** Oldest first, as the header lists them. */
  references: string[]
  from: MailAddress | null
  to: MailAddress[]
  cc: MailAddress[]
  subject: string
  date: Date | null
  /** Lower-case header names to their raw (unfolded, undecoded) values, in message order. */
  headers: ReadonlyMap<string, string[]>
  /** The text/plain body; null for HTML-only mail (mail_text converts that). */
  text: string | null
  html: string | null
  attachments: MailAttachment[]
  /** The root part's Content-Type, value lower-case, parameter names lower-case. */
  contentType: { value: string; params: Record<string, string> }
  /** Lower-case types of the root and of every part that is not the body text. */
  partTypes: string[]
}

export class MailParseError extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(`The message could not be parsed: ${message}`, options)
  }
}

/** A Message-ID needs an `@`: `<invalid.>` and stray `>` in broken References are dropped. */
const MESSAGE_ID = /<[^<>\s@]+@[^<>\s]+>/g

function messageIds(value: string | string[] | undefined): string[] {
  const joined = [value ?? []].flat().join(' ')
  return [...new Set(joined.match(MESSAGE_ID) ?? [])]
}

function addresses(field: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const flatten = (entry: EmailAddress): EmailAddress[] =>
    entry.group ? entry.group.flatMap(flatten) : [entry]
  return [field ?? []]
    .flat()
    .flatMap((object) => object.value.flatMap(flatten))
    .filter((entry) => entry.address)
    .map((entry) => ({ address: entry.address!.trim().toLowerCase(), name: entry.name.trim() }))
}

function rawHeaders(lines: readonly { key: string; line: string }[]) {
  const headers = new Map<string, string[]>()
  for (const { key, line } of lines) {
    const value = line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim()
    headers.set(key, [...(headers.get(key) ?? []), value])
  }
  return headers
}

/** The first raw value of a header, or null. */
export function header(mail: Pick<ParsedMail, 'headers'>, name: string): string | null {
  return mail.headers.get(name.toLowerCase())?.[0] ?? null
}

/**
 * Parses one raw message. mailparser is lenient (a missing final boundary,
 * bad encodings and unknown charsets all come out as best it can), so this
 * throws only for input that is not a message at all.
 */
export async function parseMail(raw: Buffer): Promise<ParsedMail> {
  if (raw.length === 0) {
    throw new MailParseError('it is empty')
  }
  let parsed: Awaited<ReturnType<typeof simpleParser>>
  try {
    // Report parts stay parts, so bounces can be read; `text` is only ever a real text part
    // (mail_text converts HTML itself), and no HTML is made from text.
    parsed = await simpleParser(raw, {
      keepDeliveryStatus: true,
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
      skipTextLinks: true,
    })
  } catch (error) {
    throw new MailParseError(error instanceof Error ? error.message : String(error), {
      cause: error,
    })
  }
  // mailparser gives Content-Type as a StructuredHeader; absent, RFC 2045 says text/plain.
  const contentType = parsed.headers.get('content-type') as StructuredHeader | undefined
  const root = {
    value: (contentType?.value ?? 'text/plain').toLowerCase(),
    params: Object.fromEntries(
      Object.entries(contentType?.params ?? {}).map(([name, value]) => [
        name.toLowerCase(),
        String(value),
      ])
    ),
  }
  const attachments = parsed.attachments.map((attachment) => ({
    filename: attachment.filename?.trim() || null,
    contentType: (attachment.contentType || 'application/octet-stream').toLowerCase(),
    content: attachment.content,
    cid: attachment.cid?.trim() || null,
    inline: attachment.contentDisposition === 'inline' || Boolean(attachment.related),
  }))
  const from = addresses(parsed.from)[0] ?? null
  return {
    messageId: messageIds(parsed.messageId)[0] ?? null,
    inReplyTo: messageIds(parsed.inReplyTo)[0] ?? null,
    references: messageIds(parsed.references),
    from,
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    subject: (parsed.subject ?? '').trim(),
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null,
    headers: rawHeaders(parsed.headerLines ?? []),
    text: parsed.text?.length ? parsed.text : null,
    html: typeof parsed.html === 'string' && parsed.html.length ? parsed.html : null,
    attachments,
    contentType: root,
    partTypes: [root.value, ...attachments.map((attachment) => attachment.contentType)],
  }
}
