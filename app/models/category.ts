import { CategorySchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Group from '#models/group'
import Subcategory from '#models/subcategory'

export default class Category extends compose(CategorySchema, OrganizationOwned) {
  @belongsTo(() => Group)
  declare group: BelongsTo<typeof Group>

  @hasMany(() => Subcategory)
  declare subcategories: HasMany<typeof Subcategory>
}
