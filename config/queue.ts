import env from '#start/env'
import type { ConnectionOptions } from 'bullmq'

/**
 * BullMQ's Redis connection. Workers hold blocking connections, so
 * BullMQ asks for maxRetriesPerRequest: null on them; keys are prefixed
 * so Switchboard can share a Redis with other software.
 */
export const queueConnection: ConnectionOptions = {
  host: env.get('REDIS_HOST'),
  port: env.get('REDIS_PORT'),
  password: env.get('REDIS_PASSWORD') || undefined,
  db: env.get('REDIS_DB', 0),
  maxRetriesPerRequest: null,
}

export const queuePrefix = 'switchboard'

/** The queues of the product; the worker consumes all of them. */
export const QUEUES = {
  schedules: 'schedules',
} as const

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]
