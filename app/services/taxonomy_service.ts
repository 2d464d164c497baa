import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Group from '#models/group'
import Category from '#models/category'
import Subcategory from '#models/subcategory'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import FormError from '#exceptions/form_error'
import { type Message, msg } from '#i18n/message'

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
      // A mailbox's new tickets go to its group (the key restricts the delete): deactivated, like a used one.
      const mailbox =
        level === 'group'
          ? await trx.from('mailboxes').where('group_id', entry.id).select('id').first()
          : null
      if (inUse || underneath || mailbox) {
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
          {
            name: entry.name,
            reason: inUse || underneath ? 'in use by tickets' : 'in use by a mailbox',
            ...options.audit,
          }
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
