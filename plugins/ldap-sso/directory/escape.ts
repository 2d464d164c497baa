/**
 * Escaping of what people type before it reaches the directory. Only
 * filters ever carry it (RFC 4515): no DN is built from input — a person
 * is found by a filter and bound with the DN the directory answered.
 * With this, `*`, `)(`, `\` or a NUL in a login match only a person whose
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

/** A filter the admin typed, in parentheses, or nothing when empty. */
export function wrapFilter(filter: string | undefined) {
  const trimmed = filter?.trim() ?? ''
  if (!trimmed) return ''
  return trimmed.startsWith('(') ? trimmed : `(${trimmed})`
}
