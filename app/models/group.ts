import { GroupSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'
import { belongsTo, hasMany, manyToMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany, ManyToMany } from '@adonisjs/lucid/types/relations'
import Organization from '#models/organization'
import User from '#models/user'
import Category from '#models/category'

/**
 * A team and its queue: agents are members, tickets are routed to it.
 */
export default class Group extends compose(GroupSchema, OrganizationOwned) {
  @belongsTo(() => Organization)
  declare organization: BelongsTo<typeof Organization>

  @manyToMany(() => User, {
    pivotTable: 'group_members',
    pivotTimestamps: { createdAt: 'created_at', updatedAt: false },
  })
  declare members: ManyToMany<typeof User>

  @hasMany(() => Category)
  declare categories: HasMany<typeof Category>
}
