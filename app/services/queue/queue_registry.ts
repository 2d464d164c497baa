import { Queue } from 'bullmq'
import { producerConnection, queueConnection, queuePrefix, type QueueName } from '#config/queue'

const queues = new Map<string, Queue>()

function shared(name: QueueName, kind: 'worker' | 'producer') {
  const key = `${kind}:${name}`
  let instance = queues.get(key)
  if (!instance) {
    instance = new Queue(name, {
      connection: kind === 'producer' ? producerConnection : queueConnection,
      prefix: queuePrefix,
    })
    // A Queue emits 'error' on connection loss; without a listener Node would crash the process.
    instance.on('error', () => {})
    queues.set(key, instance)
  }
  return instance
}

/** The worker side's Queue (schedulers, retries from the worker): waits out a Redis outage. */
export function queue(name: QueueName) {
  return shared(name, 'worker')
}

/** The web side's Queue: adding fails at once while Redis is down (callers keep an outbox). */
export function producerQueue(name: QueueName) {
  return shared(name, 'producer')
}

export async function closeQueues() {
  await Promise.all([...queues.values()].map((instance) => instance.close()))
  queues.clear()
}
