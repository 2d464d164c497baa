import { OutboxEventSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'
import type { EventHooks, EventName } from '#platform/catalogue'

export default class OutboxEvent extends compose(OutboxEventSchema, OrganizationOwned) {
  declare name: EventName
  declare payload: EventHooks[EventName]
}
