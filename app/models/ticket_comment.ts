import { TicketCommentSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Attachment from '#models/attachment'

/** A public reply or, when is_internal, a note only staff can see. */
export default class TicketComment extends compose(TicketCommentSchema, OrganizationOwned) {
  @belongsTo(() => User, { foreignKey: 'authorId' })
  declare author: BelongsTo<typeof User>

  @hasMany(() => Attachment, { foreignKey: 'commentId' })
  declare attachments: HasMany<typeof Attachment>
}
