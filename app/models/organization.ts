import { OrganizationSchema } from '#database/schema'
import { hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Group from '#models/group'

/**
 * The tenant boundary: every tenant-owned row carries organization_id and
 * every query is scoped by it.
 */
export default class Organization extends OrganizationSchema {
  @hasMany(() => User)
  declare users: HasMany<typeof User>

  @hasMany(() => Group)
  declare groups: HasMany<typeof Group>
}
