import type Group from '#models/group'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * A group with its categories and their subcategories, for pickers (the
 * active tree) and the admin editor (everything, with isActive flags).
 */
export default class TaxonomyTransformer extends BaseTransformer<Group> {
  toObject() {
    const group = this.resource
    return {
      id: group.id,
      name: group.name,
      description: group.description,
      isActive: group.isActive,
      categories: group.categories.map((category) => ({
        id: category.id,
        name: category.name,
        isActive: category.isActive,
        subcategories: category.subcategories.map((subcategory) => ({
          id: subcategory.id,
          name: subcategory.name,
          isActive: subcategory.isActive,
        })),
      })),
    }
  }
}
