import { TicketHistorySchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'
import { belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import type { StoredParams } from '#i18n/stored_message'

export default class TicketHistory extends compose(TicketHistorySchema, OrganizationOwned) {
  static table = 'ticket_history'

  /** Why an automatic assignment chose its agent: an English text, translated when read. */
  @column()
  declare reason: string | null

  @column()
  declare reasonParams: StoredParams | null

  @belongsTo(() => User, { foreignKey: 'actorId' })
  declare actor: BelongsTo<typeof User>
}
