import { CategorySchema } from '#database/schema'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Group from '#models/group'
import Subcategory from '#models/subcategory'

export default class Category extends CategorySchema {
  @belongsTo(() => Group)
  declare group: BelongsTo<typeof Group>

  @hasMany(() => Subcategory)
  declare subcategories: HasMany<typeof Subcategory>
}
