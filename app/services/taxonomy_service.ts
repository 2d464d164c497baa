import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Group from '#models/group'
import Category from '#models/category'
import Subcategory from '#models/subcategory'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import FormError from '#exceptions/form_error'
import { type Message, msg } from '#i18n/message'

export type Placement = { groupId: number; categoryId: number | null; subcategoryId: number | null }

type Level = 'group' | 'category' | 'subcategory'

const TABLE: Record<Level, string> = {
  group: 'groups',
  category: 'categories',
  subcategory: 'subcategories',
}
const TICKET_COLUMN: Record<Level, string> = {
  group: 'group_id',
  category: 'category_id',
  subcategory: 'subcategory_id',
}

function isUniqueViolation(error: unknown) {
  return (error as { code?: string })?.code === '23505'
}

/**
 * Groups → categories → subcategories. Entries are ordered by `position`;
 * an entry that tickets use is deactivated instead of deleted, so old
 * tickets keep their classification.
 */
export default class TaxonomyService {
  /** The active tree, in order, as pickers and GET /api/v1/groups show it. */
  static async activeTree(organizationId: number) {
    const groups = await Group.query()
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .where('is_active', true)
      .orderBy('position')
      .orderBy('name')
      .preload('categories', (categories) =>
        categories
          .where('is_active', true)
          .orderBy('position')
          .orderBy('name')
          .preload('subcategories', (subs) =>
            subs.where('is_active', true).orderBy('position').orderBy('name')
          )
      )
    return groups
  }

  /** The whole tree, inactive entries included, for the admin screen. */
  static async fullTree(organizationId: number) {
    return Group.query()
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .orderBy('position')
      .orderBy('name')
      .preload('categories', (categories) =>
        categories
          .orderBy('position')
          .orderBy('name')
          .preload('subcategories', (subs) => subs.orderBy('position').orderBy('name'))
      )
  }

  /**
   * Checks that a ticket's group, category and subcategory exist in the
   * organization, are active and belong together. Errors name the field.
   */
  static async validatePlacement(
    organizationId: number,
    placement: { groupId: number; categoryId?: number | null; subcategoryId?: number | null },
    client: Pick<typeof db, 'from'> = db
  ): Promise<Placement> {
    const group = await client
      .from('groups')
      .where({ id: placement.groupId, organization_id: organizationId, is_active: true })
      .first()
    if (!group) {
      throw new FormError('groupId', msg('Choose one of the offered groups.'))
    }
    let categoryId: number | null = null
    if (placement.categoryId) {
      const category = await client
        .from('categories')
        .where({ id: placement.categoryId, group_id: group.id, is_active: true })
        .first()
      if (!category) {
        throw new FormError('categoryId', msg('Choose a category of the selected group.'))
      }
      categoryId = category.id
    }
    let subcategoryId: number | null = null
    if (placement.subcategoryId) {
      if (!categoryId) {
        throw new FormError('categoryId', msg('Choose a category before a subcategory.'))
      }
      const subcategory = await client
        .from('subcategories')
        .where({ id: placement.subcategoryId, category_id: categoryId, is_active: true })
        .first()
      if (!subcategory) {
        throw new FormError('subcategoryId', msg('Choose a subcategory of the selected category.'))
      }
      subcategoryId = subcategory.id
    }
    return { groupId: group.id, categoryId, subcategoryId }
  }

  static findCategory(organizationId: number, id: number) {
    return Category.query()
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .where('id', id)
      .firstOrFail()
  }

  static findSubcategory(organizationId: number, id: number) {
    return Subcategory.query()
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .where('id', id)
      .firstOrFail()
  }

  static async createCategory(group: Group, name: string, context: ActorContext) {
    return db.transaction(async (trx) => {
      const category = await Category.create(
        {
          organizationId: group.organizationId,
          groupId: group.id,
          name,
          position: await this.nextPosition(trx, 'categories', 'group_id', group.id),
        },
        { client: trx }
      ).catch(duplicate('name', msg('This group already has a category with that name.')))
      await this.audit(
        trx,
        context,
        group.organizationId,
        'category.created',
        'category',
        category.id,
        {
          name,
          groupId: group.id,
        }
      )
      return category
    })
  }

  static async createSubcategory(category: Category, name: string, context: ActorContext) {
    return db.transaction(async (trx) => {
      const subcategory = await Subcategory.create(
        {
          organizationId: category.organizationId,
          categoryId: category.id,
          name,
          position: await this.nextPosition(trx, 'subcategories', 'category_id', category.id),
        },
        { client: trx }
      ).catch(duplicate('name', msg('This category already has a subcategory with that name.')))
      await this.audit(
        trx,
        context,
        category.organizationId,
        'subcategory.created',
        'subcategory',
        subcategory.id,
        {
          name,
          categoryId: category.id,
        }
      )
      return subcategory
    })
  }

  static async updateEntry(
    entry: Category | Subcategory,
    level: 'category' | 'subcategory',
    input: { name: string; isActive?: boolean },
    context: ActorContext
  ) {
    const before = { name: entry.name, isActive: entry.isActive }
    const after = { name: input.name, isActive: input.isActive ?? entry.isActive }
    const { oldValues, newValues, changed } = AuditLogService.diff(before, after)
    if (!changed) {
      return entry
    }
    return db.transaction(async (trx) => {
      entry.useTransaction(trx)
      entry.merge(after)
      await entry.save().catch(duplicate('name', msg('That name is already used at this level.')))
      await AuditLogService.record(
        context,
        {
          organizationId: entry.organizationId,
          action: `${level}.updated`,
          entityType: level,
          entityId: entry.id,
          oldValues,
          newValues,
        },
        trx
      )
      return entry
    })
  }

  /**
   * Moves an entry one place up or down among its siblings by swapping
   * positions, after renumbering the siblings 0..n so ties cannot stick.
   */
  static async move(
    level: Level,
    entry: { id: number; organizationId: number },
    direction: 'up' | 'down',
    context: ActorContext
  ) {
    const parentColumn =
      level === 'group' ? 'organization_id' : level === 'category' ? 'group_id' : 'category_id'
    await db.transaction(async (trx) => {
      const row = await trx.from(TABLE[level]).where('id', entry.id).forUpdate().firstOrFail()
      const siblings: { id: number }[] = await trx
        .from(TABLE[level])
        .where(parentColumn, row[parentColumn])
        .orderBy('position')
        .orderBy('name')
        .select('id')
        .forUpdate()
      const order = siblings.map((sibling) => sibling.id)
      const index = order.indexOf(entry.id)
      const target = direction === 'up' ? index - 1 : index + 1
      if (target < 0 || target >= order.length) {
        return
      }
      ;[order[index], order[target]] = [order[target], order[index]]
      for (const [position, id] of order.entries()) {
        await trx.from(TABLE[level]).where('id', id).update({ position })
      }
      await this.audit(trx, context, entry.organizationId, `${level}.moved`, level, entry.id, {
        direction,
      })
    })
  }

  /**
   * Deletes an entry nobody uses. One that tickets use is deactivated
   * instead (it disappears from pickers, old tickets keep it); the return
   * value says which happened.
   */
  static async remove(
    level: Level,
    entry: { id: number; organizationId: number; name: string },
    context: ActorContext,
    /** The caller's transaction, and what else its audit entry should say. */
    options: { trx?: TransactionClientContract; audit?: Record<string, unknown> } = {}
  ) {
    const run = async (trx: TransactionClientContract) => {
      const inUse = await trx
        .from('tickets')
        .where(TICKET_COLUMN[level], entry.id)
        .select('id')
        .first()
      const underneath =
        level === 'group'
          ? await trx
              .from('tickets')
              .whereIn(
                'category_id',
                trx.from('categories').where('group_id', entry.id).select('id')
              )
              .select('id')
              .first()
          : level === 'category'
            ? await trx
                .from('tickets')
                .whereIn(
                  'subcategory_id',
                  trx.from('subcategories').where('category_id', entry.id).select('id')
                )
                .select('id')
                .first()
            : null
      if (inUse || underneath) {
        await trx
          .from(TABLE[level])
          .where('id', entry.id)
          .update({ is_active: false, updated_at: new Date() })
        await this.audit(
          trx,
          context,
          entry.organizationId,
          `${level}.deactivated`,
          level,
          entry.id,
          { name: entry.name, reason: 'in use by tickets', ...options.audit }
        )
        return 'deactivated' as const
      }
      await trx.from(TABLE[level]).where('id', entry.id).delete()
      await this.audit(trx, context, entry.organizationId, `${level}.deleted`, level, entry.id, {
        name: entry.name,
        ...options.audit,
      })
      return 'deleted' as const
    }
    return options.trx ? run(options.trx) : db.transaction(run)
  }

  private static async nextPosition(
    trx: TransactionClientContract,
    table: string,
    column: string,
    parentId: number
  ) {
    const row = await trx.from(table).where(column, parentId).max('position as max').first()
    return (row?.max ?? -1) + 1
  }

  private static audit(
    trx: TransactionClientContract,
    context: ActorContext,
    organizationId: number,
    action: string,
    entityType: string,
    entityId: number,
    values: Record<string, unknown>
  ) {
    const deleted = action.endsWith('.deleted') || action.endsWith('.deactivated')
    return AuditLogService.record(
      context,
      {
        organizationId,
        action,
        entityType,
        entityId,
        oldValues: deleted ? values : null,
        newValues: deleted ? null : values,
      },
      trx
    )
  }
}

function duplicate(field: string, message: Message) {
  return (error: unknown): never => {
    throw isUniqueViolation(error) ? new FormError(field, message) : error
  }
}
