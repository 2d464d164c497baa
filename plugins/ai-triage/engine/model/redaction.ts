/**
 * Strips e-mail addresses and phone numbers from ticket text before it is
 * sent to a model (the "redact" setting). What replaces them says what
 * was there, so the model still understands "call me at [phone]".
 */

export const EMAIL_MARK = '[email]'
export const PHONE_MARK = '[phone]'

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu

/** One space, non-breaking space, dot, slash or dash between digit groups. */
const SEP = String.raw`[ \u00a0./-]?`

/**
 * Three shapes, each a run of digit groups:
 * - international: `+49 30 1234567`, `+44 (0)20 7946 0958`, `0049 171 1234567`, `+1 (555) 123-4567`;
 * - national with a trunk 0: `030 12345678`, `(030) 123 456-78`, `0171/1234567`, `020 7946 0958`;
 * - North American: `(555) 123-4567`, `555-123-4567`, `555.123.4567`.
 * Dates (`2024-03-15`, `01.02.2024`), times, versions, prices and ticket
 * references fit none of them; the digit counts are checked in `isPhone`.
 */
const PHONE = new RegExp(
  [
    String.raw`(?:\+|\b00)[1-9]\d{0,2}(?:${SEP}\(0\))?(?:${SEP}\(?\d{1,5}\)?){2,6}`,
    String.raw`(?:\(0\d{2,5}\)|\b0\d{2,5})(?:${SEP}\d{2,8}){1,4}`,
    String.raw`(?:\(\d{3}\)|\b\d{3})${SEP}\d{3}[ .-]\d{4}`,
  ]
    .map((shape) => `(?:${shape})`)
    .join('|') + String.raw`(?![\w@])`,
  'g'
)

/**
 * E.164 allows 15 digits (16 with a `(0)`); a German or British landline
 * has at least 7 with its area code.
 */
function isPhone(match: string) {
  const digits = match.replace(/\D/g, '').length
  const international = /^(?:\+|00)/.test(match)
  return digits >= (international ? 8 : 7) && digits <= (international ? 16 : 13)
}

/** Digits glued to letters or other digits (an order number `A0301234567`) are not a phone number. */
function standsAlone(text: string, offset: number) {
  return offset === 0 || !/[\p{L}\p{N}+]/u.test(text[offset - 1])
}

export function redact(text: string): string {
  return text
    .replace(EMAIL, EMAIL_MARK)
    .replace(PHONE, (match, offset: number, whole: string) =>
      isPhone(match) && standsAlone(whole, offset) ? PHONE_MARK : match
    )
}
