import { MailMessageSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { OrganizationOwned } from '#models/organization_owned'
import Mailbox from '#models/mailbox'
import Ticket from '#models/ticket'

export const MAIL_MESSAGE_STATUSES = [
  'pending',
  'ticket',
  'reply',
  'ignored',
  'held',
  'failed',
] as const
export type MailMessageStatus = (typeof MAIL_MESSAGE_STATUSES)[number]

/** Why a message opened nothing (status ignored or held). */
export const IGNORE_REASONS = [
  'bounce',
  'auto_reply',
  'read_receipt',
  'own_address',
  'duplicate',
  'no_sender',
  'foreign_sender',
  'inactive_sender',
  'loop',
] as const
export type IgnoreReason = (typeof IGNORE_REASONS)[number]

export type RefusedMailAttachment = { name: string; reason: string }

/**
 * One message the e-mail channel fetched (issue 17): recorded before it is
 * processed, then what it became (a ticket, a reply), or why it opened
 * nothing, or the error that sent it to the dead-letter list.
 */
export default class MailMessage extends compose(MailMessageSchema, OrganizationOwned) {
  /** jsonb: node-postgres would send a JS array as a PostgreSQL array. */
  @column({ prepare: (value: RefusedMailAttachment[]) => JSON.stringify(value ?? []) })
  declare refusedAttachments: RefusedMailAttachment[]

  @belongsTo(() => Mailbox)
  declare mailbox: BelongsTo<typeof Mailbox>

  @belongsTo(() => Ticket)
  declare ticket: BelongsTo<typeof Ticket>
}
