import { EventDeliverySchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import OutboxEvent from '#models/outbox_event'

export type DeliveryStatus = 'pending' | 'ok' | 'skipped' | 'dead'

export default class EventDelivery extends compose(EventDeliverySchema, OrganizationOwned) {
  declare status: DeliveryStatus

  @belongsTo(() => OutboxEvent)
  declare outboxEvent: BelongsTo<typeof OutboxEvent>
}
