import type { Entry } from 'ldapts'
import type { DirectoryConfig } from './config.js'
import { externalId, first, values } from './entries.js'

/** A person as the directory describes them, before any mapping. */
export type DirectoryPerson = {
  dn: string
  login: string
  email: string
  name: string
  department: string | null
  externalId: string
  /** The user's memberOf values, when membership is read that way. */
  memberOf: string[]
}

/** A person, or why they cannot be one (no e-mail: Switchboard needs one to write to them). */
export function readPerson(
  entry: Entry,
  config: DirectoryConfig
): DirectoryPerson | { dn: string; problem: string } {
  const email = first(entry, config.emailAttribute)?.trim().toLowerCase()
  if (!email || !email.includes('@')) {
    return { dn: entry.dn, problem: `no e-mail address in ${config.emailAttribute}` }
  }
  const login = first(entry, config.loginAttribute) ?? email
  return {
    dn: entry.dn,
    login,
    email,
    name: first(entry, config.nameAttribute)?.trim() || login,
    department: config.departmentAttribute
      ? (first(entry, config.departmentAttribute)?.trim() ?? null)
      : null,
    externalId: externalId(entry, config.externalIdAttribute) ?? entry.dn,
    memberOf: config.groupMemberAttribute === 'memberOf' ? values(entry, 'memberOf') : [],
  }
}
