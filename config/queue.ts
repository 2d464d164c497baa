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
 * down instead of holding the request. Nothing is lost: the deliveries wait
 * in their table and the worker's sweep queues them later.
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
  /** One job per (plugin schedule, organization, tick), fanned out by the schedule's tick. */
  scheduleRuns: 'schedule-runs',
  /** One job per pass of an import (dry or real), run one at a time per worker. */
  imports: 'imports',
} as const

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]

export const deliveries = {
  /** Attempts per (event, subscriber) unless the subscriber asks for others. */
  attempts: 5,
  /** First retry after this many ms, then doubling: 2 s, 4 s, 8 s, 16 s. */
  backoffMs: env.get('QUEUE_BACKOFF_MS', 2000),
  /** A job whose worker stopped renewing its lock for this long is retried elsewhere. */
  stalledMs: env.get('QUEUE_STALLED_MS', 30_000),
  /** Event handlers that run longer are signalled to stop, then fail (and are retried). */
  handlerTimeoutMs: env.get('PLUGIN_EVENT_BUDGET_MS', 60_000),
  /**
   * Deliveries in flight per worker process. Most of a delivery's time is
   * waiting (database, SMTP), so more run at once than there are cores;
   * at 5, one worker drained about 45 deliveries a second at most
   * (docs/benchmarks.md).
   */
  concurrency: env.get('QUEUE_CONCURRENCY', 10),
}

/** How plugin work in the worker is stopped. */
export const stopping = {
  /**
   * After a handler's signal fired (budget or shutdown), how long it may take
   * to wind down before the worker gives up on it: a handler that honours
   * the signal has ended before its retry or next run can start.
   */
  settleMs: env.get('PLUGIN_SETTLE_MS', 2000),
  /** On SIGTERM, how long jobs in progress may run on before their signals fire. */
  shutdownGraceMs: env.get('QUEUE_SHUTDOWN_GRACE_MS', 10_000),
}

export const scheduleRuns = {
  /** Organizations' runs in parallel per worker: a slow one does not hold up the others. */
  concurrency: 5,
}

export const outbox = {
  /** The sweep queues deliveries whose jobs did not reach Redis, this often… */
  sweepEveryMs: env.get('OUTBOX_SWEEP_MS', 5000),
  /** …once they are older than this (the web queues them within milliseconds of its commit). */
  graceMs: 2000,
}

export const imports = {
  /** Imports queued this long without a worker taking them are queued again (Redis was down). */
  requeueAfterMs: 30_000,
  sweepEveryMs: env.get('IMPORT_SWEEP_MS', 15_000),
}
