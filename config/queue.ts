import env from '#start/env'
import type { ConnectionOptions } from 'bullmq'

const redis = {
  host: env.get('REDIS_HOST'),
  port: env.get('REDIS_PORT'),
  password: env.get('REDIS_PASSWORD') || undefined,
  db: env.get('REDIS_DB', 0),
}

/**
 * BullMQ's Redis connection for workers and schedulers. Workers hold
 * blocking connections, so BullMQ asks for maxRetriesPerRequest: null; a
 * worker waits out a Redis outage and carries on.
 */
export const queueConnection: ConnectionOptions = { ...redis, maxRetriesPerRequest: null }

/**
 * The connection the web uses to add jobs: it fails at once while Redis is
 * down instead of holding the request. Nothing is lost: events wait in
 * the outbox table and the worker's sweep publishes them later.
 */
export const producerConnection: ConnectionOptions = {
  ...redis,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
}

/** Keys are prefixed so Switchboard can share a Redis with other software. */
export const queuePrefix = 'switchboard'

/** The queues of the product; the worker consumes all of them. */
export const QUEUES = {
  schedules: 'schedules',
  events: 'events',
} as const

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]

export const deliveries = {
  /** Attempts per (event, subscriber) unless the subscriber asks for others. */
  attempts: 5,
  /** First retry after this many ms, then doubling: 2 s, 4 s, 8 s, 16 s. */
  backoffMs: env.get('QUEUE_BACKOFF_MS', 2000),
  /** A job whose worker stopped renewing its lock for this long is retried elsewhere. */
  stalledMs: env.get('QUEUE_STALLED_MS', 30_000),
  /** Event handlers that run longer fail (and are retried). */
  handlerTimeoutMs: 60_000,
  concurrency: 5,
}

export const outbox = {
  /** The sweep publishes events the relay missed, this often… */
  sweepEveryMs: env.get('OUTBOX_SWEEP_MS', 5000),
  /** …once they are older than this (the relay normally publishes within milliseconds). */
  graceMs: 2000,
}
