import type { Entry } from 'ldapts'

/** Attribute names are case-insensitive in LDAP; ldapts keys entries as the server spelled them. */
function raw(entry: Entry, attribute: string) {
  if (attribute.toLowerCase() === 'dn') return entry.dn
  const key = Object.keys(entry).find((name) => name.toLowerCase() === attribute.toLowerCase())
  return key ? entry[key] : undefined
}

/** Every value of an attribute as text (binary values as hex). */
export function values(entry: Entry, attribute: string): string[] {
  const value = raw(entry, attribute)
  if (value === undefined) return []
  const list = Array.isArray(value) ? value : [value]
  return list.map((item) => (Buffer.isBuffer(item) ? item.toString('hex') : String(item)))
}

export function first(entry: Entry, attribute: string): string | null {
  return values(entry, attribute)[0] ?? null
}

/**
 * The stable id of a person: entryUUID as the server writes it, an
 * objectGUID (16 bytes) in Microsoft's GUID form, or the DN.
 */
export function externalId(entry: Entry, attribute: string) {
  if (attribute.toLowerCase() === 'dn') return entry.dn
  const value = raw(entry, attribute)
  const single = Array.isArray(value) ? value[0] : value
  if (Buffer.isBuffer(single) && single.length === 16) return guid(single)
  return first(entry, attribute)
}

function guid(bytes: Buffer) {
  const hex = (from: number, to: number, reverse: boolean) => {
    const slice = [...bytes.subarray(from, to)]
    return (reverse ? slice.reverse() : slice).map((b) => b.toString(16).padStart(2, '0')).join('')
  }
  return `${hex(0, 4, true)}-${hex(4, 6, true)}-${hex(6, 8, true)}-${hex(8, 10, false)}-${hex(10, 16, false)}`
}

/** A DN compared as a DN: case and spaces around separators do not matter. */
export function normalizeDn(dn: string) {
  return dn
    .split(/(?<!\\),/)
    .map((part) =>
      part
        .split(/(?<!\\)\+/)
        .map((pair) => pair.trim().replace(/\s*=\s*/, '='))
        .join('+')
    )
    .join(',')
    .toLowerCase()
}

/** The value of a DN's first RDN ("helpdesk" for cn=helpdesk,ou=groups,…). */
export function rdnValue(dn: string) {
  const firstRdn = dn.split(/(?<!\\),/)[0] ?? ''
  const pair = firstRdn.split(/(?<!\\)\+/)[0] ?? ''
  return pair
    .slice(pair.indexOf('=') + 1)
    .trim()
    .replace(/\\(.)/g, '$1')
}
