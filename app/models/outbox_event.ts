import { OutboxEventSchema } from '#database/schema'
import type { AllEventHooks, AnyEventName } from '#platform/catalogue'

export default class OutboxEvent extends OutboxEventSchema {
  /** A core event's name, or a plugin's declared event's. */
  declare name: AnyEventName
  declare payload: AllEventHooks[AnyEventName]
}
