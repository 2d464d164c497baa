import type EventDelivery from '#models/event_delivery'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A delivery of an event to one subscriber; `updatedAt` is when it last failed or ran. */
export default class EventDeliveryTransformer extends BaseTransformer<EventDelivery> {
  toObject() {
    return {
      id: Number(this.resource.id),
      event: this.resource.event,
      status: this.resource.status,
      attempts: this.resource.attempts,
      lastError: this.resource.lastError,
      createdAt: this.resource.createdAt.toISO()!,
      updatedAt: this.resource.updatedAt.toISO()!,
    }
  }
}
