import { Client, InvalidCredentialsError, type Entry } from 'ldapts'
import type { DirectoryConfig } from './config.js'
import { escapeFilterValue, wrapFilter } from './escape.js'

/** Fails a sign-in well inside the provider's 5 s budget when the directory is slow or down. */
export const SIGN_IN_TIMEOUT_MS = 2_000
export const SYNC_TIMEOUT_MS = 30_000
const PAGE_SIZE = 500

/** The service account's bind was refused: wrong DN or password (shown as such to the admin). */
export class ServiceBindRefused extends Error {}

/**
 * One connection to the organization's directory: TLS as configured, the
 * service account bound, searches read to the end (paged), and a person's
 * password checked by binding as them on a second connection.
 */
export class Directory {
  private constructor(
    readonly config: DirectoryConfig,
    private readonly client: Client,
    private readonly timeoutMs: number
  ) {}

  static async open(config: DirectoryConfig, timeoutMs: number) {
    const client = await connect(config, timeoutMs)
    const directory = new Directory(config, client, timeoutMs)
    try {
      if (config.bindDn) await client.bind(config.bindDn, config.bindPassword ?? '')
    } catch (error) {
      await directory.close()
      if (error instanceof InvalidCredentialsError) {
        throw new ServiceBindRefused(
          `The directory refused the service account ${config.bindDn}: wrong bind DN or password.`
        )
      }
      throw error
    }
    return directory
  }

  /** The attributes a person is read with. */
  get personAttributes() {
    const c = this.config
    return [
      c.loginAttribute,
      c.emailAttribute,
      c.nameAttribute,
      ...(c.departmentAttribute ? [c.departmentAttribute] : []),
      ...(c.externalIdAttribute.toLowerCase() === 'dn' ? [] : [c.externalIdAttribute]),
      ...(c.groupMemberAttribute === 'memberOf' ? ['memberOf'] : []),
    ]
  }

  /**
   * The people the user filter lets in whose login or e-mail is exactly
   * `login` (escaped: `*` or `)(` match nobody else).
   */
  async findPeople(login: string) {
    const value = escapeFilterValue(login)
    const c = this.config
    const filter = `(&${wrapFilter(c.userFilter)}(|(${c.loginAttribute}=${value})(${c.emailAttribute}=${value})))`
    return this.search(c.userBase, filter, this.personAttributes, false)
  }

  /** Everyone the user filter lets in, every page read; an error or size limit throws. */
  allPeople() {
    return this.search(
      this.config.userBase,
      wrapFilter(this.config.userFilter),
      this.personAttributes,
      true
    )
  }

  async search(base: string, filter: string, attributes: string[], paged: boolean) {
    const { searchEntries } = await this.client.search(base, {
      scope: 'sub',
      filter,
      attributes,
      explicitBufferAttributes: binaryAttributes(attributes),
      paged: paged ? { pageSize: PAGE_SIZE } : false,
      timeLimit: Math.ceil(this.timeoutMs / 1000),
    })
    return searchEntries as Entry[]
  }

  /** Whether `password` is this person's: a bind as them on a connection of its own. */
  async verifyPassword(dn: string, password: string) {
    // An empty password would be an unauthenticated bind, which servers accept (RFC 4513 §5.1.2).
    if (!password) return false
    const client = await connect(this.config, this.timeoutMs)
    try {
      await client.bind(dn, password)
      return true
    } catch (error) {
      if (error instanceof InvalidCredentialsError) return false
      throw error
    } finally {
      await client.unbind().catch(() => {})
    }
  }

  async close() {
    await this.client.unbind().catch(() => {})
  }
}

function binaryAttributes(attributes: string[]) {
  return attributes.filter((name) => name.toLowerCase() === 'objectguid')
}

async function connect(config: DirectoryConfig, timeoutMs: number) {
  const tlsOptions = {
    rejectUnauthorized: config.verifyCertificates,
    ...(config.caCertificate ? { ca: [config.caCertificate] } : {}),
  }
  // ldapts speaks TLS from the first byte whenever tlsOptions are given: only for ldaps://.
  const secure = config.url.toLowerCase().startsWith('ldaps://')
  const client = new Client({
    url: config.url,
    timeout: timeoutMs,
    connectTimeout: timeoutMs,
    ...(secure ? { tlsOptions } : {}),
    strictDN: false,
  })
  if (config.startTls && !secure) {
    try {
      await client.startTLS(tlsOptions)
    } catch (error) {
      await client.unbind().catch(() => {})
      throw error
    }
  }
  return client
}
