import db from '@adonisjs/lucid/services/db'
import Group from '#models/group'
import Category from '#models/category'
import Subcategory from '#models/subcategory'
import FormError from '#exceptions/form_error'
import { msg } from '#i18n/message'

export type Placement = { groupId: number; categoryId: number | null; subcategoryId: number | null }
type PlacementInput = { groupId: number; categoryId?: number | null; subcategoryId?: number | null }
/** A checked placement and the rows it named. */
export type CheckedPlacement = {
  placement: Placement
  group: Group
  category: Category | null
  subcategory: Subcategory | null
}

/**
 * Reading the taxonomy of one organization: the trees pickers and the admin
 * screen show, lookups by id, and the check that a ticket's placement is
 * valid. Changing it is TaxonomyService's job.
 */
export default class TaxonomyTree {
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
    placement: PlacementInput,
    client: Pick<typeof db, 'from'> = db
  ): Promise<Placement> {
    const checked = await this.checkPlacement(organizationId, placement, client)
    return checked.placement
  }

  /**
   * validatePlacement, also answering the rows it read as models: a new
   * ticket shows them without reading them again.
   */
  static async checkPlacement(
    organizationId: number,
    placement: PlacementInput,
    client: Pick<typeof db, 'from'> = db
  ): Promise<CheckedPlacement> {
    const groupRow = await client
      .from('groups')
      .where({ id: placement.groupId, organization_id: organizationId, is_active: true })
      .first()
    if (!groupRow) {
      throw new FormError('groupId', msg('Choose one of the offered groups.'))
    }
    const group = Group.$createFromAdapterResult(groupRow)!
    let category: Category | null = null
    if (placement.categoryId) {
      const row = await client
        .from('categories')
        .where({ id: placement.categoryId, group_id: group.id, is_active: true })
        .first()
      if (!row) {
        throw new FormError('categoryId', msg('Choose a category of the selected group.'))
      }
      category = Category.$createFromAdapterResult(row)!
    }
    let subcategory: Subcategory | null = null
    if (placement.subcategoryId) {
      if (!category) {
        throw new FormError('categoryId', msg('Choose a category before a subcategory.'))
      }
      const row = await client
        .from('subcategories')
        .where({ id: placement.subcategoryId, category_id: category.id, is_active: true })
        .first()
      if (!row) {
        throw new FormError('subcategoryId', msg('Choose a subcategory of the selected category.'))
      }
      subcategory = Subcategory.$createFromAdapterResult(row)!
    }
    return {
      placement: {
        groupId: group.id,
        categoryId: category?.id ?? null,
        subcategoryId: subcategory?.id ?? null,
      },
      group,
      category,
      subcategory,
    }
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
}
