import { TicketCommentSchema } from '#database/schema'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Attachment from '#models/attachment'

/** A public reply or, when is_internal, a note only staff can see. */
export default class TicketComment extends TicketCommentSchema {
  @belongsTo(() => User, { foreignKey: 'authorId' })
  declare author: BelongsTo<typeof User>

  @hasMany(() => Attachment, { foreignKey: 'commentId' })
  declare attachments: HasMany<typeof Attachment>
}
