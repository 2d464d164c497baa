import { Attribute, Change, Client, type Entry } from 'ldapts'
import type { LdifRecord } from './ldif.js'

/** What the entry helpers need of a running slapd (a SlapdHandle has it all). */
export interface AdminTarget {
  url: string
  adminDn: string
  adminPassword: string
}

/** Attribute values as tests write them: one string, several, or binary. */
export type EntryAttributes = Record<string, string | Buffer | (string | Buffer)[]>

/**
 * A modification in the shape tests think in, e.g. moving a user between
 * groups is `{ delete: { member: dn } }` on one group and `{ add: { member: dn } }`
 * on the other. ldapts `Change` objects are accepted as they are.
 */
export interface EntryChanges {
  add?: EntryAttributes
  delete?: EntryAttributes
  replace?: EntryAttributes
}

function attributes(values: EntryAttributes) {
  return Object.entries(values).map(([type, value]) => {
    const list = Array.isArray(value) ? value : [value]
    const binary = list.some((item) => Buffer.isBuffer(item))
    // ldapts wants one kind per attribute: all Buffers or all strings.
    return new Attribute({
      type,
      values: binary
        ? list.map((item) => (Buffer.isBuffer(item) ? item : Buffer.from(item)))
        : (list as string[]),
    })
  })
}

function changes(input: EntryChanges | Change[]) {
  if (Array.isArray(input)) {
    return input
  }
  return (['add', 'delete', 'replace'] as const).flatMap((operation) =>
    attributes(input[operation] ?? {}).map(
      (modification) => new Change({ operation, modification })
    )
  )
}

/**
 * Runs `work` on a client bound as `dn`, and always unbinds: tests bind as
 * one user after another and must not leave sockets open behind them.
 */
export async function bindAs<T>(
  url: string,
  dn: string,
  password: string,
  work: (client: Client) => Promise<T> = async () => undefined as T
) {
  const client = new Client({ url, connectTimeout: 2000, timeout: 10_000 })
  try {
    await client.bind(dn, password)
    return await work(client)
  } finally {
    await client.unbind().catch(() => {})
  }
}

/** Runs `work` as the directory's admin: the root DN, which no ACL or size limit restricts. */
export function asAdmin<T>(target: AdminTarget, work: (client: Client) => Promise<T>) {
  return bindAs(target.url, target.adminDn, target.adminPassword, work)
}

/** An attribute of a search entry as a list of strings, however many values it had (none: []). */
export function entryValues(entry: Entry | undefined, attribute: string) {
  const value = entry?.[attribute]
  if (value === undefined) {
    return []
  }
  return (Array.isArray(value) ? value : [value]).map((item) =>
    Buffer.isBuffer(item) ? item.toString('utf8') : String(item)
  )
}

/** Adds an entry as the admin, e.g. a user who joins after the first sync. */
export function addEntry(target: AdminTarget, dn: string, values: EntryAttributes) {
  return asAdmin(target, (client) => client.add(dn, attributes(values)))
}

/** Deletes an entry as the admin, e.g. a user who leaves the company. */
export function deleteEntry(target: AdminTarget, dn: string) {
  return asAdmin(target, (client) => client.del(dn))
}

/** Modifies an entry as the admin (group membership, a changed mail...). */
export function modifyEntry(target: AdminTarget, dn: string, input: EntryChanges | Change[]) {
  return asAdmin(target, (client) => client.modify(dn, changes(input)))
}

/** Adds parsed LDIF entries in order over one admin connection. */
export function addRecords(target: AdminTarget, records: LdifRecord[]) {
  return asAdmin(target, async (client) => {
    for (const record of records) {
      const values: EntryAttributes = {}
      for (const attribute of record.attributes) {
        values[attribute.type] = attribute.values
      }
      await client.add(record.dn, attributes(values))
    }
  })
}
