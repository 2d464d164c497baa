import { OutboxEventSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'
import type { AllEventHooks, AnyEventName } from '#platform/catalogue'

export default class OutboxEvent extends compose(OutboxEventSchema, OrganizationOwned) {
  /** A core event's name, or a plugin's declared event's. */
  declare name: AnyEventName
  declare payload: AllEventHooks[AnyEventName]
}
