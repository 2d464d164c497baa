import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Group from '#models/group'
import Category from '#models/category'
import Subcategory from '#models/subcategory'
import { msg, type Message } from '#i18n/message'

type Placement = { groupId: number; categoryId: number | null; subcategoryId: number | null }

/** Names compared as people type them: case and surrounding spaces do not matter. */
const keyOf = (...names: string[]) => names.map((name) => name.trim().toLowerCase()).join('\u0000')

/**
 * The organization's groups, categories and subcategories by name, read
 * once per pass. With "create missing" on, unknown names are created (in
 * the batch's transaction) or, in a dry run, listed as what would be.
 * Pending ids are negative until the batch writes them.
 */
export default class ImportTaxonomy {
  private groups = new Map<string, number>()
  private categories = new Map<string, number>()
  private subcategories = new Map<string, number>()
  readonly planned = {
    groups: new Set<string>(),
    categories: new Set<string>(),
    subcategories: new Set<string>(),
  }
  private nextPending = -1

  private constructor(
    private organizationId: number,
    private createMissing: boolean
  ) {}

  static async load(organizationId: number, createMissing: boolean) {
    const taxonomy = new ImportTaxonomy(organizationId, createMissing)
    const [groups, categories, subcategories] = await Promise.all([
      Group.query().withScopes((scopes) => scopes.forOrganization(organizationId)),
      Category.query().withScopes((scopes) => scopes.forOrganization(organizationId)),
      Subcategory.query().withScopes((scopes) => scopes.forOrganization(organizationId)),
    ])
    const groupName = new Map(groups.map((group) => [group.id, group.name]))
    const category = new Map(categories.map((row) => [row.id, row]))
    for (const group of groups) taxonomy.groups.set(keyOf(group.name), group.id)
    for (const row of categories) {
      taxonomy.categories.set(keyOf(groupName.get(row.groupId) ?? '', row.name), row.id)
    }
    for (const row of subcategories) {
      const parent = category.get(row.categoryId)
      if (!parent) continue
      taxonomy.subcategories.set(
        keyOf(groupName.get(parent.groupId) ?? '', parent.name, row.name),
        row.id
      )
    }
    return taxonomy
  }

  /** A group's id by name; the refusal message when it cannot be had. */
  groupId(name: string): number | Message {
    return this.resolve(
      this.groups,
      this.planned.groups,
      keyOf(name),
      name,
      name,
      msg('Unknown group "{name}".', { name })
    )
  }

  /**
   * A row's placement: its group (or the import's default), category and
   * subcategory, each inside its parent. Answers a refusal message instead
   * when a name is unknown and may not be created.
   */
  placement(
    row: { group: string | null; category: string | null; subcategory: string | null },
    defaultGroupId: number | null
  ): Placement | { refused: Message; column: 'group' | 'category' | 'subcategory' } {
    let groupId: number
    let groupName: string
    if (row.group) {
      const id = this.groupId(row.group)
      if (typeof id !== 'number') return { refused: id, column: 'group' }
      groupId = id
      groupName = row.group
    } else if (defaultGroupId !== null) {
      groupId = defaultGroupId
      groupName = [...this.groups].find(([, id]) => id === defaultGroupId)?.[0] ?? ''
    } else {
      return {
        refused: msg('The row has no group and the import has no default group.'),
        column: 'group',
      }
    }
    if (!row.category) {
      return { groupId, categoryId: null, subcategoryId: null }
    }
    const categoryId = this.resolve(
      this.categories,
      this.planned.categories,
      keyOf(groupName, row.category),
      row.category,
      `${row.group ?? groupName} › ${row.category}`,
      msg('Unknown category "{name}" in this group.', { name: row.category })
    )
    if (typeof categoryId !== 'number') return { refused: categoryId, column: 'category' }
    if (!row.subcategory) {
      return { groupId, categoryId, subcategoryId: null }
    }
    const subcategoryId = this.resolve(
      this.subcategories,
      this.planned.subcategories,
      keyOf(groupName, row.category, row.subcategory),
      row.subcategory,
      `${row.group ?? groupName} › ${row.category} › ${row.subcategory}`,
      msg('Unknown subcategory "{name}" in this category.', { name: row.subcategory })
    )
    if (typeof subcategoryId !== 'number') return { refused: subcategoryId, column: 'subcategory' }
    return { groupId, categoryId, subcategoryId }
  }

  private resolve(
    map: Map<string, number>,
    planned: Set<string>,
    key: string,
    name: string,
    label: string,
    refusal: Message
  ) {
    const known = map.get(key)
    if (known !== undefined) return known
    if (!this.createMissing) return refusal
    const pending = this.nextPending--
    map.set(key, pending)
    planned.add(label)
    this.pendingNames.set(pending, name.slice(0, 120))
    return pending
  }

  private pendingNames = new Map<number, string>()

  /**
   * Creates what the batch's rows named but the organization lacked, and
   * answers the real ids for the pending ones. Parents first: a new
   * category may sit in a group created by the same batch.
   */
  async createPending(trx: TransactionClientContract, placements: Placement[]) {
    const real = new Map<number, number>()
    const resolveId = (id: number | null) => (id !== null && id < 0 ? (real.get(id) ?? id) : id)
    for (const placement of placements) {
      for (const [id, level] of [
        [placement.groupId, 'group'],
        [placement.categoryId, 'category'],
        [placement.subcategoryId, 'subcategory'],
      ] as const) {
        if (id === null || id >= 0 || real.has(id)) continue
        const name = this.pendingNames.get(id)!
        let created: number
        if (level === 'group') {
          created = await this.insert(trx, 'groups', { name }, ['organization_id', '(lower(name))'])
        } else if (level === 'category') {
          created = await this.insert(
            trx,
            'categories',
            { name, group_id: resolveId(placement.groupId) },
            ['group_id', '(lower(name))']
          )
        } else {
          created = await this.insert(
            trx,
            'subcategories',
            { name, category_id: resolveId(placement.categoryId) },
            ['category_id', '(lower(name))']
          )
        }
        real.set(id, created)
      }
    }
    const map = (placement: Placement): Placement => ({
      groupId: resolveId(placement.groupId)!,
      categoryId: resolveId(placement.categoryId),
      subcategoryId: resolveId(placement.subcategoryId),
    })
    return { real, map }
  }

  /** Once the batch committed, its created rows are known for good. */
  confirm(real: Map<number, number>) {
    for (const map of [this.groups, this.categories, this.subcategories]) {
      for (const [key, id] of map) {
        if (real.has(id)) map.set(key, real.get(id)!)
      }
    }
    for (const [pending] of real) this.pendingNames.delete(pending)
  }

  private async insert(
    trx: TransactionClientContract,
    table: string,
    values: Record<string, unknown>,
    conflict: string[]
  ) {
    const row = {
      organization_id: this.organizationId,
      ...values,
      created_at: new Date(),
      updated_at: new Date(),
    }
    const columns = Object.keys(row)
    const result = await trx.rawQuery(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
       ON CONFLICT (${conflict.join(', ')}) DO UPDATE SET updated_at = EXCLUDED.updated_at RETURNING id`,
      Object.values(row) as never
    )
    return Number(result.rows[0].id)
  }
}
