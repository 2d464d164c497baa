import { AttachmentSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Ticket from '#models/ticket'
import TicketComment from '#models/ticket_comment'

export default class Attachment extends compose(AttachmentSchema, OrganizationOwned) {
  @belongsTo(() => Ticket)
  declare ticket: BelongsTo<typeof Ticket>

  @belongsTo(() => TicketComment, { foreignKey: 'commentId' })
  declare comment: BelongsTo<typeof TicketComment>

  @belongsTo(() => User, { foreignKey: 'uploaderId' })
  declare uploader: BelongsTo<typeof User>
}
