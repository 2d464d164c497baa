import type { Context } from '../types.js'
import type { DirectoryConfig } from '../directory/config.js'
import { Directory, SYNC_TIMEOUT_MS } from '../directory/directory.js'
import { GroupIndex } from '../directory/groups.js'
import { identityOf } from '../directory/identity.js'
import { readPerson } from '../directory/person.js'
import type { DirectoryRead } from './plan.js'

/**
 * The whole directory as a sync needs it: every person the user filter
 * lets in, with their groups and what the mapping makes of them. Searches
 * are paged and read to the end; an error or a size limit throws, and a
 * sync that could not read everything changes nothing.
 */
export async function readDirectory(
  context: Context,
  config: DirectoryConfig
): Promise<DirectoryRead> {
  const directory = await Directory.open(config, SYNC_TIMEOUT_MS)
  try {
    const entries = await directory.allPeople()
    context.signal.throwIfAborted()
    const index = await GroupIndex.load(directory)
    const read: DirectoryRead = { wanted: [], refused: [], unusable: [] }
    for (const entry of entries) {
      const person = readPerson(entry, config)
      if ('problem' in person) {
        read.unusable.push(person)
        continue
      }
      const identity = identityOf(person, await index.groupsOf(person), context.settings)
      if (identity) read.wanted.push({ dn: person.dn, identity })
      else read.refused.push({ dn: person.dn, email: person.email })
    }
    return read
  } finally {
    await directory.close()
  }
}

/** Every user of the organization, a page at a time (to match accounts and spot local ones). */
export async function allUsers(context: Context) {
  const users = []
  let cursor: string | null = null
  do {
    const page = await context.users.list({ limit: 500, cursor })
    users.push(...page.users)
    cursor = page.nextCursor
  } while (cursor)
  return users
}
