import { Queue } from 'bullmq'
import { queueConnection, queuePrefix, type QueueName } from '#config/queue'

const queues = new Map<QueueName, Queue>()

/** One shared Queue object per queue name, for adding jobs and schedulers. */
export function queue(name: QueueName) {
  let instance = queues.get(name)
  if (!instance) {
    instance = new Queue(name, { connection: queueConnection, prefix: queuePrefix })
    queues.set(name, instance)
  }
  return instance
}

export async function closeQueues() {
  await Promise.all([...queues.values()].map((instance) => instance.close()))
  queues.clear()
}
