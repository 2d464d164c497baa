import type { Context } from '../types.js'
import { directoryConfig } from '../directory/config.js'
import { Directory, SIGN_IN_TIMEOUT_MS } from '../directory/directory.js'
import { groupsOfPerson } from '../directory/groups.js'
import { placementOf } from '../directory/mapping.js'
import { readPerson } from '../directory/person.js'
import { explainDirectoryError } from '../directory/failure.js'

export type CheckResult = { ok: boolean; at: string; lines: string[] }

const result = (ok: boolean, lines: string[]): CheckResult => ({
  ok,
  at: new Date().toISOString(),
  lines,
})

/** "Test connection": connect (with TLS as set), bind the service account, count who may sign in. */
export async function testConnection(context: Context): Promise<CheckResult> {
  try {
    const config = directoryConfig(context.settings)
    const directory = await Directory.open(config, SIGN_IN_TIMEOUT_MS * 5)
    try {
      const people = await directory.allPeople()
      const tls = config.url.toLowerCase().startsWith('ldaps://')
        ? 'LDAPS'
        : config.startTls
          ? 'StartTLS'
          : 'no encryption'
      return result(true, [
        `Connected to ${config.url} (${tls}) and bound as ${config.bindDn ?? 'anonymous'}.`,
        `The user filter lets ${people.length} people in under ${config.userBase}.`,
      ])
    } finally {
      await directory.close()
    }
  } catch (error) {
    return result(false, [explainDirectoryError(error as Error)])
  }
}

/** "Test a user": what a login would become (role, teams), without a password and without signing in. */
export async function testUser(context: Context, login: string): Promise<CheckResult> {
  try {
    const config = directoryConfig(context.settings)
    const directory = await Directory.open(config, SIGN_IN_TIMEOUT_MS * 5)
    try {
      const entries = await directory.findPeople(login)
      if (entries.length === 0) {
        return result(false, [`Nobody the user filter lets in answers to "${login}".`])
      }
      if (entries.length > 1) {
        return result(false, [
          `${entries.length} people answer to "${login}": nobody can sign in with it.`,
          ...entries.map((entry) => entry.dn),
        ])
      }
      const person = readPerson(entries[0], config)
      if ('problem' in person) return result(false, [`${person.dn}: ${person.problem}.`])
      const groups = await groupsOfPerson(directory, person)
      const placement = placementOf(groups, context.settings)
      const teams = await teamNames(context, placement?.groupIds ?? [])
      return result(Boolean(placement), [
        `${person.name} <${person.email}>, ${person.dn}`,
        `External id: ${person.externalId}${person.department ? `; department: ${person.department}` : ''}`,
        `Directory groups: ${groups.map((item) => item.name).join(', ') || 'none'}`,
        placement
          ? `Would sign in as ${placement.role}${teams.length ? ` in ${teams.join(', ')}` : ', in no team'}.`
          : 'Would be refused: in no mapped group, and people in none are refused.',
      ])
    } finally {
      await directory.close()
    }
  } catch (error) {
    return result(false, [explainDirectoryError(error as Error)])
  }
}

async function teamNames(context: Context, ids: number[]) {
  const tree = await context.taxonomy.tree()
  return ids.map((id) => tree.find((group) => group.id === id)?.name ?? `#${id}`)
}
