import type { Context } from '../types.js'
import { directoryConfig, NotConfigured } from '../directory/config.js'
import { Directory, SIGN_IN_TIMEOUT_MS } from '../directory/directory.js'
import { groupsOfPerson } from '../directory/groups.js'
import { identityOf } from '../directory/identity.js'
import { readPerson } from '../directory/person.js'

/**
 * The `auth.provider` answer: the person's identity when the directory
 * knows exactly one person by this login or e-mail and the password binds
 * as them; null when it does not (or the mapping refuses them). A directory
 * that cannot be reached throws, so the sign-in page says so instead of
 * "wrong password".
 */
export async function authenticate(context: Context, input: { email: string; password: string }) {
  let config
  try {
    config = directoryConfig(context.settings)
  } catch (error) {
    if (error instanceof NotConfigured) return null
    throw error
  }
  const login = input.email.trim()
  if (!login || !input.password) return null
  const directory = await Directory.open(config, SIGN_IN_TIMEOUT_MS)
  // Past the provider's budget nobody waits for the answer: let go of the connection too.
  context.signal.addEventListener('abort', () => void directory.close(), { once: true })
  try {
    const entries = await directory.findPeople(login)
    // Two people answering to one login: nobody signs in on a guess.
    if (entries.length !== 1) return null
    const person = readPerson(entries[0], config)
    if ('problem' in person) {
      context.logger.warn({ dn: person.dn }, `directory sign-in refused: ${person.problem}`)
      return null
    }
    if (!(await directory.verifyPassword(person.dn, input.password))) return null
    return identityOf(person, await groupsOfPerson(directory, person), context.settings)
  } finally {
    await directory.close()
  }
}
