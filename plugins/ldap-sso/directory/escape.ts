/**
 * Escaping of what people type before it reaches the directory: a login
 * inside a search filter (RFC 4515) and a value inside a DN (RFC 4514).
 * With these, `*`, `)(`, `\` or a NUL in a login match only a person whose
 * login is exactly that text, never someone else.
 */

/** A value for an LDAP filter: `*`, `(`, `)`, `\` and NUL as `\2a` … (RFC 4515 §3). */
export function escapeFilterValue(value: string) {
  let out = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte)
    out +=
      byte === 0x2a || byte === 0x28 || byte === 0x29 || byte === 0x5c || byte === 0x00
        ? `\\${byte.toString(16).padStart(2, '0')}`
        : byte < 0x80
          ? char
          : `\\${byte.toString(16).padStart(2, '0')}`
  }
  return out
}

/** An attribute value inside a DN (RFC 4514 §2.4). */
export function escapeDnValue(value: string) {
  return value
    .replace(/[\\,+"<>;=]/g, (char) => `\\${char}`)
    .replace(/\0/g, '\\00')
    .replace(/^([ #])/, '\\$1')
    .replace(/ $/, '\\ ')
}

/** A filter the admin typed, in parentheses, or nothing when empty. */
export function wrapFilter(filter: string | undefined) {
  const trimmed = filter?.trim() ?? ''
  if (!trimmed) return ''
  return trimmed.startsWith('(') ? trimmed : `(${trimmed})`
}
