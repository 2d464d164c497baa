import { AuditLogSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'

export default class AuditLog extends compose(AuditLogSchema, OrganizationOwned) {
  @belongsTo(() => User, { foreignKey: 'actorId' })
  declare actor: BelongsTo<typeof User>
}
