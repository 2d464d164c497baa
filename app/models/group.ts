import { GroupSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'
import { belongsTo, column, hasMany, manyToMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany, ManyToMany } from '@adonisjs/lucid/types/relations'
import Organization from '#models/organization'
import User from '#models/user'
import Category from '#models/category'

export const ASSIGNMENT_MODES = ['off', 'round_robin', 'least_active'] as const
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number]

/**
 * A team and its queue: agents are members, tickets are routed to it.
 */
export default class Group extends compose(GroupSchema, OrganizationOwned) {
  /** How new tickets find an agent (issue 16); declared here until the schema file is regenerated. */
  @column()
  declare assignmentMode: AssignmentMode

  /** Open tickets an agent may hold, across all groups, before this group skips them. */
  @column()
  declare assignmentMaxOpen: number | null

  /** The agent round robin gave the last ticket to: the rotation continues after them. */
  @column()
  declare roundRobinLastUserId: number | null

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
