/**
 * When the application terminates: lets the outbox finish adding the jobs
 * of its last commits, then closes the BullMQ queues the process opened,
 * so Redis connections do not keep the process alive.
 */
export default class QueueProvider {
  async shutdown() {
    const { default: Outbox } = await import('#platform/outbox')
    const { closeQueues } = await import('#services/queue/queue_registry')
    await Outbox.settle()
    await closeQueues()
  }
}
