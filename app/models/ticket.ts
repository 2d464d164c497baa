import { TicketSchema } from '#database/schema'
import type { DateTime } from 'luxon'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'
import { belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Group from '#models/group'
import Category from '#models/category'
import Subcategory from '#models/subcategory'
import TicketComment from '#models/ticket_comment'
import Attachment from '#models/attachment'
import TicketHistory from '#models/ticket_history'

export const PRIORITIES = ['low', 'medium', 'high', 'critical'] as const
export type Priority = (typeof PRIORITIES)[number]

export const STATUSES = [
  'open',
  'assigned',
  'in_progress',
  'waiting_on_customer',
  'resolved',
  'closed',
] as const
export type Status = (typeof STATUSES)[number]

export const SOURCES = ['portal', 'api', 'email', 'import'] as const
export type Source = (typeof SOURCES)[number]

export default class Ticket extends compose(TicketSchema, OrganizationOwned) {
  /** When it joined its group's assignment queue; null once assigned, or never queued. */
  @column.dateTime()
  declare assignmentQueuedAt: DateTime | null

  @belongsTo(() => User, { foreignKey: 'requesterId' })
  declare requester: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'assigneeId' })
  declare assignee: BelongsTo<typeof User>

  @belongsTo(() => Group)
  declare group: BelongsTo<typeof Group>

  @belongsTo(() => Category)
  declare category: BelongsTo<typeof Category>

  @belongsTo(() => Subcategory)
  declare subcategory: BelongsTo<typeof Subcategory>

  @hasMany(() => TicketComment)
  declare comments: HasMany<typeof TicketComment>

  @hasMany(() => Attachment)
  declare attachments: HasMany<typeof Attachment>

  @hasMany(() => TicketHistory)
  declare history: HasMany<typeof TicketHistory>

  get isOpenForWork() {
    return this.status !== 'resolved' && this.status !== 'closed'
  }
}
