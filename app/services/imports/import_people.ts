import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { msg, type Message } from '#i18n/message'

type Known = { id: number; organizationId: number }

/**
 * The people rows name: agents (read once per pass) and requesters (read
 * per batch by e-mail). A requester Switchboard does not know becomes a
 * customer without a password, created with the batch; in a dry run they
 * are only counted. An address that belongs to another organization's
 * account refuses the row: accounts are never shared between tenants.
 */
export default class ImportPeople {
  private agents = new Map<string, number>()
  private known = new Map<string, Known>()
  /** E-mail → name of the customers the current batch creates. */
  private pending = new Map<string, string>()
  /** Everyone a dry run would create, for its report. */
  readonly planned = new Set<string>()

  private constructor(
    private organizationId: number,
    private fallbackRequesterId: number,
    private dryRun: boolean
  ) {}

  static async load(organizationId: number, fallbackRequesterId: number, dryRun: boolean) {
    const people = new ImportPeople(organizationId, fallbackRequesterId, dryRun)
    const agents = await User.query()
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .whereIn('role', ['agent', 'admin'])
      .where('is_active', true)
      .select('id', 'email')
    for (const agent of agents) people.agents.set(agent.email.toLowerCase(), agent.id)
    return people
  }

  agentId(email: string) {
    return this.agents.get(email.toLowerCase()) ?? null
  }

  /** Reads the accounts of the batch's requesters not seen before. */
  async lookUp(emails: (string | null)[]) {
    const unseen = [...new Set(emails.filter((email): email is string => !!email))].filter(
      (email) => !this.known.has(email)
    )
    if (unseen.length === 0) return
    // Any organization's: an address taken elsewhere must refuse the row, not fail the batch.
    const rows: { id: number; email: string; organization_id: number }[] = await db
      .from('users')
      .whereRaw('lower(email) = ANY(?)', [unseen])
      .select('id', 'email', 'organization_id')
    for (const row of rows) {
      this.known.set(row.email.toLowerCase(), { id: row.id, organizationId: row.organization_id })
    }
  }

  /**
   * Checks a row's requester; answers a refusal message or true. Rows with
   * no requester column at all are filed by the person who runs the import.
   */
  requester(email: string | null, name: string | null): true | Message {
    if (!email) return true
    const account = this.known.get(email)
    if (account) {
      return account.organizationId === this.organizationId
        ? true
        : msg('{email} belongs to an account outside this organization.', { email })
    }
    if (this.dryRun) {
      this.planned.add(email)
    } else if (!this.pending.has(email)) {
      this.pending.set(email, (name ?? email.split('@')[0]).slice(0, 120))
    }
    return true
  }

  /** Creates the batch's new customers; answers their ids by e-mail. */
  async createPending(trx: TransactionClientContract) {
    const created = new Map<string, number>()
    if (this.pending.size === 0) return created
    const now = new Date()
    const rows = [...this.pending].map(([email, name]) => ({ email, name }))
    const result = await trx.rawQuery(
      `INSERT INTO users (organization_id, email, name, role, password, created_at, updated_at)
       SELECT ?, r.email, r.name, 'customer', NULL, ?, ?
         FROM jsonb_to_recordset(?::jsonb) AS r(email text, name text)
       ON CONFLICT ((lower(email))) DO NOTHING
       RETURNING id, email`,
      [this.organizationId, now, now, JSON.stringify(rows)]
    )
    for (const row of result.rows as { id: number; email: string }[]) {
      created.set(row.email.toLowerCase(), row.id)
    }
    const missing = rows.filter((row) => !created.has(row.email))
    if (missing.length) {
      // Taken since the batch looked: by this organization (use it) or another (the batch retries and refuses).
      const taken: { id: number; email: string; organization_id: number }[] = await trx
        .from('users')
        .whereRaw('lower(email) = ANY(?)', [missing.map((row) => row.email)])
        .select('id', 'email', 'organization_id')
      for (const row of taken) {
        if (row.organization_id !== this.organizationId) {
          throw new Error(`${row.email} was just taken by another organization; retry the import`)
        }
        created.set(row.email.toLowerCase(), row.id)
      }
    }
    this.createdInBatch = created
    return created
  }

  private createdInBatch = new Map<string, number>()

  requesterId(email: string | null, created: Map<string, number>) {
    if (!email) return this.fallbackRequesterId
    return this.known.get(email)?.id ?? created.get(email)!
  }

  /** After the batch committed: its new customers are known accounts from now on. */
  confirm() {
    for (const [email, id] of this.createdInBatch) {
      this.known.set(email, { id, organizationId: this.organizationId })
    }
    this.pending.clear()
    this.createdInBatch.clear()
  }
}
