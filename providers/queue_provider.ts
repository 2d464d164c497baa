/**
 * When the application terminates: lets the outbox relays in progress
 * finish (providers shut down in reverse order, so the database is still
 * open), then closes the BullMQ queues the process opened, so Redis
 * connections do not keep the process alive.
 */
export default class QueueProvider {
  async shutdown() {
    const { default: Outbox } = await import('#platform/outbox')
    const { closeQueues } = await import('#services/queue/queue_registry')
    await Outbox.settle()
    await closeQueues()
  }
}
