import { Queue } from 'bullmq'
import { producerConnection, queueConnection, queuePrefix, type QueueName } from '#config/queue'

const queues = new Map<string, Queue>()

/** How long adding a job may wait for a connection before the caller falls back (the outbox). */
const READY_WITHIN_MS = 1500

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

/** The worker side's Queue (schedulers): waits out a Redis outage. */
export function queue(name: QueueName) {
  return shared(name, 'worker')
}

/**
 * Adds jobs through the web side's Queue, which fails at once while Redis
 * is down (callers keep an outbox). A producer that failed is dropped and
 * made again on the next call: a BullMQ Queue created while Redis was
 * unreachable does not recover on its own.
 */
export async function produce<T>(name: QueueName, add: (producer: Queue) => Promise<T>) {
  const producer = shared(name, 'producer')
  let timer: NodeJS.Timeout | undefined
  try {
    // Without the offline queue a command fails until the connection is up, even on a healthy Redis.
    await Promise.race([
      producer.waitUntilReady(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('Redis is not reachable')), READY_WITHIN_MS)
      }),
    ])
    return await add(producer)
  } catch (error) {
    queues.delete(`producer:${name}`)
    producer.close().catch(() => {})
    throw error
  } finally {
    clearTimeout(timer)
  }
}

export async function closeQueues() {
  await Promise.all([...queues.values()].map((instance) => instance.close()))
  queues.clear()
}
