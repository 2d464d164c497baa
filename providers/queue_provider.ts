/**
 * Closes the BullMQ queues a process opened (the web's producer queue,
 * the worker's) when the application terminates, so Redis connections do
 * not keep the process alive.
 */
export default class QueueProvider {
  async shutdown() {
    const { closeQueues } = await import('#services/queue/queue_registry')
    await closeQueues()
  }
}
