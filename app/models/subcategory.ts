import { SubcategorySchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Category from '#models/category'

export default class Subcategory extends compose(SubcategorySchema, OrganizationOwned) {
  @belongsTo(() => Category)
  declare category: BelongsTo<typeof Category>
}
