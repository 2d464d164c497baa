import db from '@adonisjs/lucid/services/db'
import type { Role } from '#models/user'
import { SUPPORTED_LOCALES } from '#services/locales'
import { normalizeHeader } from '#services/imports/import_fields'
import type { MappedRow } from '#services/imports/mapped_row'
import type ImportTaxonomy from '#services/imports/import_taxonomy'
import type { BatchOutcome, ImportRunContext } from '#services/imports/import_batch'
import { msg, type Message } from '#i18n/message'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const ROLE_NAMES: Record<string, Role> = {
  admin: 'admin',
  administrator: 'admin',
  agent: 'agent',
  staff: 'agent',
  support: 'agent',
  technician: 'agent',
  supportagent: 'agent',
  customer: 'customer',
  enduser: 'customer',
  user: 'customer',
  employee: 'customer',
  requester: 'customer',
  kunde: 'customer',
}

export type UserRow = {
  source: MappedRow
  key: string
  email: string
  name: string
  role: Role
  department: string | null
  locale: string | null
  externalId: string | null
  groups: string[]
}

/** Reads a user from a mapped row; problems go to the row's refusals. */
export function readUserRow(row: MappedRow): UserRow {
  const email = row.text('email')?.toLowerCase() ?? ''
  if (!email) {
    row.refuse(row.has('email') ? 'email' : null, msg('The row has no e-mail address.'))
  } else if (!EMAIL.test(email) || email.length > 254) {
    row.refuse('email', msg('"{value}" is not an e-mail address.', { value: email }))
  }
  const roleText = row.text('role')
  const role = roleText ? ROLE_NAMES[normalizeHeader(roleText)] : 'customer'
  if (!role) {
    row.refuse(
      'role',
      msg('Unknown role "{value}": use admin, agent or customer.', { value: roleText ?? '' })
    )
  }
  const locale = row.text('locale')?.toLowerCase().slice(0, 2) ?? null
  if (locale && !(SUPPORTED_LOCALES as readonly string[]).includes(locale)) {
    row.refuse(
      'locale',
      msg('Unknown language "{value}": use {choices}.', {
        value: row.text('locale') ?? '',
        choices: SUPPORTED_LOCALES.join(', '),
      })
    )
  }
  const groups = (row.text('groups') ?? '')
    .split(/[;,|]/)
    .map((name) => name.trim())
    .filter(Boolean)
  return {
    source: row,
    key: row.key(),
    email,
    name: (row.text('name') ?? email.split('@')[0]).slice(0, 120),
    role: role ?? 'customer',
    department: row.text('department')?.slice(0, 120) ?? null,
    locale,
    externalId: row.text('external_id')?.slice(0, 255) ?? null,
    groups,
  }
}

/**
 * Creates the batch's users without a password (they set one through
 * password reset) and adds agents to their groups. A person already in
 * this organization is skipped; an address another organization uses
 * refuses the row.
 */
export default class UserImportWriter {
  constructor(
    private context: ImportRunContext,
    private taxonomy: ImportTaxonomy
  ) {}

  async write(rows: UserRow[]): Promise<BatchOutcome> {
    const fresh = await this.context.notImportedYet(rows)
    const existing: { email: string; organization_id: number }[] = fresh.length
      ? await db
          .from('users')
          .whereRaw('lower(email) = ANY(?)', [fresh.map((row) => row.email)])
          .select('email', 'organization_id')
      : []
    const owner = new Map(existing.map((row) => [row.email.toLowerCase(), row.organization_id]))
    let skipped = rows.length - fresh.length
    const ready: { row: UserRow; groupIds: number[] }[] = []
    for (const row of fresh) {
      const organization = owner.get(row.email)
      if (organization === this.context.organizationId) {
        skipped++
        continue
      }
      if (organization !== undefined) {
        row.source.refuse(
          'email',
          msg('{email} belongs to an account outside this organization.', { email: row.email })
        )
        continue
      }
      const groupIds = row.groups.map((name) => this.taxonomy.groupId(name))
      const unknown = groupIds.find((id): id is Message => typeof id !== 'number')
      if (unknown) {
        row.source.refuse('groups', unknown)
        continue
      }
      ready.push({ row, groupIds: [...new Set(groupIds as number[])] })
    }
    if (this.context.dryRun || ready.length === 0) {
      return { created: ready.length, skipped }
    }
    const outcome = await db.transaction(async (trx) => {
      const claimed = await this.context.claim(
        trx,
        ready.map((item) => item.row.key)
      )
      const mine = ready.filter((item) => claimed.has(item.row.key))
      if (mine.length === 0) return { count: 0, real: new Map<number, number>() }
      const { real, map } = await this.taxonomy.createPending(
        trx,
        mine.flatMap((item) =>
          item.groupIds.map((groupId) => ({ groupId, categoryId: null, subcategoryId: null }))
        )
      )
      const now = new Date()
      const created = await trx.rawQuery(
        `INSERT INTO users (organization_id, email, name, role, department, locale, external_id,
           auth_source, password, created_at, updated_at)
         SELECT ?, r.email, r.name, r.role, r.department, r.locale, r.external_id, 'local', NULL, ?, ?
           FROM jsonb_to_recordset(?::jsonb)
             AS r(email text, name text, role text, department text, locale text, external_id text)
         ON CONFLICT DO NOTHING
         RETURNING id, email`,
        [
          this.context.organizationId,
          now,
          now,
          JSON.stringify(
            mine.map(({ row }) => ({
              email: row.email,
              name: row.name,
              role: row.role,
              department: row.department,
              locale: row.locale,
              external_id: row.externalId,
            }))
          ),
        ]
      )
      const ids = new Map(
        (created.rows as { id: number; email: string }[]).map((row) => [
          row.email.toLowerCase(),
          row.id,
        ])
      )
      const memberships = mine.flatMap(({ row, groupIds }) =>
        ids.has(row.email)
          ? groupIds.map((groupId) => ({
              group_id: map({ groupId, categoryId: null, subcategoryId: null }).groupId,
              user_id: ids.get(row.email),
            }))
          : []
      )
      if (memberships.length) {
        await trx.table('group_members').multiInsert(memberships)
      }
      await this.context.recordIds(
        trx,
        mine
          .filter(({ row }) => ids.has(row.email))
          .map(({ row }) => ({ key: row.key, id: ids.get(row.email)! }))
      )
      return { count: ids.size, real }
    })
    this.taxonomy.confirm(outcome.real)
    return { created: outcome.count, skipped: skipped + ready.length - outcome.count }
  }
}
