import { OutboxEventSchema } from '#database/schema'
import type { EventHooks, EventName } from '#platform/catalogue'

export default class OutboxEvent extends OutboxEventSchema {
  declare name: EventName
  declare payload: EventHooks[EventName]
}
