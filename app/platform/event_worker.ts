import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq'
import EventDelivery from '#models/event_delivery'
import OutboxEvent from '#models/outbox_event'
import { deliveries, queueConnection, queuePrefix, QUEUES, stopping } from '#config/queue'
import PluginCatalog from '#platform/plugin_catalog'
import Installations from '#platform/installations'
import { pluginLogger } from '#platform/hook_executor'
import { pluginContext } from '#platform/plugin_context'
import { hostDatabaseOn, type PluginDatabase } from '#platform/host'
import { activeSubscriber } from '#platform/subscribers'
import { PermanentFailure, RetryLater } from '#platform/errors'
import { WorkerShutdown, withSignal } from '#platform/stopping'
import type { BuiltinEventContext } from '#platform/define_plugin'

/** `postponed`: runs that ended in retryLater or a shutdown, which are not attempts. */
type DeliveryJob = Job<{ deliveryId: number; postponed?: number }>

type DeliverySteps = Pick<BuiltinEventContext, 'deliveryId' | 'idempotencyKey' | 'attempt' | 'once'>

/** A delivery cut short by a shutdown goes back to the queue this soon, for any worker. */
const AFTER_SHUTDOWN_MS = 1000

/**
 * Runs `work` once per (delivery, step): the step's row and the work's
 * database writes commit together, so a retry after a crash finds the row
 * and skips the step.
 */
function onceFor(deliveryId: number): DeliverySteps['once'] {
  return (step, work) =>
    db.transaction(async (trx) => {
      const claimed = await trx.rawQuery(
        'INSERT INTO delivery_steps (delivery_id, step, created_at) VALUES (?, ?, now()) ON CONFLICT DO NOTHING RETURNING step',
        [deliveryId, step]
      )
      if (claimed.rows.length === 0) {
        return null
      }
      return work(trx)
    })
}

/**
 * See `callOnce` in BuiltinEventContext; only the core's built-ins get it.
 * The steps this delivery completed before are read once per run, not once
 * per call: a run adds its own as it goes, and a concurrent run's are
 * caught by the conflict on insert.
 */
function callOnceFor(deliveryId: number): BuiltinEventContext['callOnce'] {
  let completed: Promise<Set<string>> | null = null
  return async (step, call, record) => {
    completed ??= db
      .from('delivery_steps')
      .where('delivery_id', deliveryId)
      .select('step')
      .then((rows: { step: string }[]) => new Set(rows.map((row) => row.step)))
    const done = await completed
    if (done.has(step)) {
      return null
    }
    const result = await call()
    done.add(step)
    await db.transaction(async (trx) => {
      const claimed = await trx.rawQuery(
        'INSERT INTO delivery_steps (delivery_id, step, created_at) VALUES (?, ?, now()) ON CONFLICT DO NOTHING RETURNING step',
        [deliveryId, step]
      )
      /** Another run of this delivery recorded it meanwhile: its record stands. */
      if (claimed.rows.length > 0) {
        await record(trx, result)
      }
    })
    return result
  }
}

/**
 * Runs one (event, subscriber) delivery. The delivery row is the durable
 * truth: a job for a delivery already done does nothing, a plugin the
 * organization switched off since is skipped, and the last failed attempt
 * marks the delivery dead for Admin → Plugins to show and retry. A handler
 * steers its retries: `retryLater(ms)` waits without using an attempt,
 * `failPermanently(reason)` goes to the dead letters at once.
 */
export async function processDelivery(job: DeliveryJob, token?: string) {
  const delivery = await startRun(job.data.deliveryId)
  if (!delivery) {
    return 'done'
  }
  const event = await OutboxEvent.findOrFail(delivery.outboxEventId)
  /**
   * Runs so far, counting those a crashed worker never finished (they are
   * not "failures") and those before an admin's Retry (the job's counts
   * start afresh then, the row's do not), but not those that were postponed.
   */
  const attempt = Math.max(
    job.attemptsStarted - (job.data.postponed ?? 0),
    job.attemptsMade + 1,
    delivery.attempts
  )

  const steps: DeliverySteps = {
    deliveryId: delivery.id,
    idempotencyKey: `${delivery.subscriber}:event-${event.id}`,
    attempt,
    once: onceFor(delivery.id),
  }
  try {
    const outcome = await runSubscriber(delivery, event, steps)
    await EventDelivery.query().where('id', delivery.id).update({
      status: outcome,
      last_error: null,
      completed_at: new Date(),
      updated_at: new Date(),
    })
    return outcome
  } catch (caught) {
    if (caught instanceof RetryLater || caught instanceof WorkerShutdown) {
      return postpone(job, token, delivery, caught)
    }
    const error = caught instanceof Error ? caught : new Error(String(caught))
    const permanent = caught instanceof PermanentFailure
    const final = permanent || job.attemptsMade + 1 >= (job.opts.attempts ?? 1)
    await EventDelivery.query()
      .where('id', delivery.id)
      .update({
        status: final ? 'dead' : 'pending',
        last_error: error.message.slice(0, 2000),
        updated_at: new Date(),
      })
    const plugin = PluginCatalog.bySubscriber(delivery.subscriber)
    if (plugin && !plugin.builtin) {
      await Installations.recordError(event.organizationId, plugin.id, event.name, error)
    }
    logger.error(
      { err: error, subscriber: delivery.subscriber, event: event.name, attempt, final },
      `${delivery.subscriber} failed on ${event.name} (attempt ${attempt})${final ? ': dead-lettered' : ''}`
    )
    throw permanent ? new UnrecoverableError(error.message) : error
  }
}

/**
 * Counts this run on the delivery (a run a crash cuts short stays counted)
 * and reads it, in one statement; null when it is gone or already done.
 */
async function startRun(deliveryId: number) {
  const started = await db.rawQuery(
    `UPDATE event_deliveries SET attempts = attempts + 1, status = 'pending', updated_at = now()
      WHERE id = ? AND status NOT IN ('ok', 'skipped')
      RETURNING *`,
    [deliveryId]
  )
  const row = started.rows[0]
  return row ? EventDelivery.$createFromAdapterResult(row) : null
}

/**
 * Puts the delivery back in the queue for later without using an attempt:
 * the handler asked (`retryLater`) or the worker is shutting down. The row
 * stays pending, with the reason, and its attempt is not counted.
 */
async function postpone(
  job: DeliveryJob,
  token: string | undefined,
  delivery: EventDelivery,
  reason: RetryLater | WorkerShutdown
): Promise<never> {
  const delayMs = reason instanceof RetryLater ? reason.delayMs : AFTER_SHUTDOWN_MS
  await EventDelivery.query()
    .where('id', delivery.id)
    .update({
      attempts: db.raw('attempts - 1'),
      status: 'pending',
      last_error: reason.message.slice(0, 2000),
      updated_at: new Date(),
    })
  await job.updateData({ ...job.data, postponed: (job.data.postponed ?? 0) + 1 })
  await job.moveToDelayed(Date.now() + delayMs, token)
  logger.info(
    { subscriber: delivery.subscriber, event: delivery.event, delayMs },
    `${delivery.subscriber} postponed ${delivery.event}: ${reason.message}`
  )
  throw new DelayedError()
}

async function runSubscriber(
  delivery: EventDelivery,
  event: OutboxEvent,
  steps: DeliverySteps
): Promise<'ok' | 'skipped'> {
  const plugin = PluginCatalog.bySubscriber(delivery.subscriber)
  const active = plugin ? await activeSubscriber(event.organizationId, plugin) : null
  const registration = plugin?.hooks.events.get(event.name)
  if (!plugin || !active || !registration) {
    return 'skipped'
  }
  await withSignal(
    `${plugin.id} on ${event.name}`,
    deliveries.handlerTimeoutMs,
    (signal) => {
      const scope = {
        pluginId: plugin.id,
        pluginName: plugin.manifest?.name ?? plugin.id,
        organizationId: event.organizationId,
        signal,
      }
      /**
       * A plugin's step gets its scoped db on the step's transaction, never
       * the raw one; the core's built-ins (they write core tables such as
       * notification_logs) get the transaction itself.
       */
      const callOnce = callOnceFor(steps.deliveryId)
      const runners = plugin.builtin
        ? { once: steps.once, callOnce }
        : {
            once: <T>(step: string, work: (db: PluginDatabase) => Promise<T>) =>
              steps.once(step, (trx) => work(hostDatabaseOn(scope, trx))),
            callOnce: <T>(step: string, call: () => Promise<T>) =>
              callOnce(step, call, async () => {}),
          }
      return registration.handler(
        event.payload,
        Object.assign(
          pluginContext(
            scope,
            active.settings,
            pluginLogger(plugin, event.name, event.organizationId)
          ),
          { event: { id: event.id, name: event.name, occurredAt: event.createdAt.toISO()! } },
          steps,
          runners
        )
      )
    },
    stopping.settleMs
  )
  return 'ok'
}

/** Creates the BullMQ worker of the events queue. */
export function startEventWorker(concurrency = deliveries.concurrency) {
  const worker = new Worker(QUEUES.events, processDelivery, {
    connection: queueConnection,
    prefix: queuePrefix,
    concurrency,
    lockDuration: deliveries.stalledMs,
    stalledInterval: deliveries.stalledMs,
    maxStalledCount: 2,
  })
  worker.on('error', (error) => logger.error({ err: error }, 'event worker error'))
  return worker
}
