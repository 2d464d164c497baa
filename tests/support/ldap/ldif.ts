/**
 * Just enough LDIF (RFC 2849) for the harness: split a file into records,
 * read a record's DN, object classes and attributes. slapadd and slapmodify
 * get the records' original text, so whatever this reader does not model
 * (`:<` URLs, options like `;binary`) still reaches OpenLDAP untouched.
 */

export interface LdifAttribute {
  type: string
  /** `type:: base64` values become Buffers (jpegPhoto, an encoded password); the rest strings. */
  values: (string | Buffer)[]
}

export interface LdifRecord {
  dn: string
  /** The record's own text, comments and folding as written. */
  text: string
  attributes: LdifAttribute[]
}

/**
 * Joins folded lines (a line starting with one space continues the previous
 * one) and drops comment lines, so each remaining line is `type: value`.
 */
function logicalLines(text: string) {
  const lines: string[] = []
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith(' ') && lines.length > 0) {
      lines[lines.length - 1] += line.slice(1)
    } else {
      lines.push(line)
    }
  }
  return lines.filter((line) => line !== '' && !line.startsWith('#'))
}

function parseLine(line: string): { type: string; value: string | Buffer } {
  const colon = line.indexOf(':')
  if (colon <= 0) {
    throw new Error(`not an LDIF attribute line: ${line.slice(0, 80)}`)
  }
  const type = line.slice(0, colon)
  if (line[colon + 1] === ':') {
    return { type, value: Buffer.from(line.slice(colon + 2).trim(), 'base64') }
  }
  return { type, value: line.slice(colon + 1).replace(/^ +/, '') }
}

/**
 * The records of an LDIF text, in order. Records are separated by empty
 * lines; a block without a `dn:` line (`version: 1`, a lone comment) is not
 * a record and is left out.
 */
export function parseLdif(text: string): LdifRecord[] {
  const records: LdifRecord[] = []
  for (const block of text.split(/\r?\n(?:\r?\n)+/)) {
    const lines = logicalLines(block)
    const first = lines.findIndex((line) => /^dn::?/i.test(line))
    if (first === -1) {
      continue
    }
    const dnLine = parseLine(lines[first])
    const dn = Buffer.isBuffer(dnLine.value) ? dnLine.value.toString('utf8') : dnLine.value
    const byType = new Map<string, LdifAttribute>()
    for (const line of lines.slice(first + 1)) {
      if (line === '-') {
        // Ends one modification of a `changetype: modify` record; only the text matters there.
        continue
      }
      const { type, value } = parseLine(line)
      const key = type.toLowerCase()
      const attribute = byType.get(key) ?? { type, values: [] }
      attribute.values.push(value)
      byType.set(key, attribute)
    }
    records.push({ dn, text: block.trim(), attributes: [...byType.values()] })
  }
  return records
}

/** The values of one attribute of a record (names compared case-insensitively), as text. */
export function valuesOf(record: LdifRecord, type: string) {
  const attribute = record.attributes.find((a) => a.type.toLowerCase() === type.toLowerCase())
  return (attribute?.values ?? []).map((value) =>
    Buffer.isBuffer(value) ? value.toString('utf8') : value
  )
}

/** Whether a record is an entry of one of these object classes (case-insensitive). */
export function hasObjectClass(record: LdifRecord, classes: string[]) {
  const wanted = new Set(classes.map((name) => name.toLowerCase()))
  return valuesOf(record, 'objectClass').some((name) => wanted.has(name.toLowerCase()))
}

/** Records back to one LDIF text, for slapadd. */
export function joinRecords(records: LdifRecord[]) {
  return records.map((record) => `${record.text}\n`).join('\n')
}

/**
 * The first entry a base DN needs when the data does not bring it. Only
 * the usual suffix shapes are known (dc=, o=, ou=); anything else must be
 * in the LDIF itself.
 */
export function suffixEntry(baseDn: string, organization: string) {
  const [rdn] = baseDn.split(',')
  const match = /^(dc|o|ou)=(.+)$/i.exec(rdn.trim())
  if (!match) {
    throw new Error(`cannot make an entry for the base DN ${baseDn}: put it in the LDIF`)
  }
  const [, type, value] = match
  switch (type.toLowerCase()) {
    case 'dc':
      return `dn: ${baseDn}\nobjectClass: dcObject\nobjectClass: organization\ndc: ${value}\no: ${organization}\n`
    case 'o':
      return `dn: ${baseDn}\nobjectClass: organization\no: ${value}\n`
    default:
      return `dn: ${baseDn}\nobjectClass: organizationalUnit\nou: ${value}\n`
  }
}
