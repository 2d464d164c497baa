import { isIP } from 'node:net'
import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'

/** RFC 1123 labels of letters, digits and inner hyphens, dot-separated, 253 characters at most. */
const LABELS =
  /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i

/**
 * A server's host name or IP address (v4 or v6), as an IMAP or SMTP
 * client dials it: no scheme, port, path or spaces, which people paste
 * from URLs ("imaps://mail.example.com:993") and then wonder why nothing
 * connects.
 */
const hostNameRule = vine.createRule((value: unknown, _options: undefined, field: FieldContext) => {
  if (!field.isValid || typeof value !== 'string') return
  if (isIP(value) === 0 && !LABELS.test(value)) {
    field.report('Enter a host name or an IP address.', 'hostName', field)
  }
})

export const hostName = () => vine.string().trim().maxLength(253).use(hostNameRule())
