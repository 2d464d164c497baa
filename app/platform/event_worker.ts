import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { Worker, type Job } from 'bullmq'
import EventDelivery from '#models/event_delivery'
import OutboxEvent from '#models/outbox_event'
import { deliveries, queueConnection, queuePrefix, QUEUES } from '#config/queue'
import PluginCatalog from '#platform/plugin_catalog'
import Installations from '#platform/installations'
import { pluginLogger } from '#platform/hook_executor'
import { pluginContext } from '#platform/plugin_context'
import { hostDatabaseOn, type PluginDatabase } from '#platform/host'
import { CORE_SUBSCRIBERS, parseSubscriberKey, type DeliveryContext } from '#platform/subscribers'

type DeliveryJob = Job<{ deliveryId: number }>

class HandlerTimeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number, what: string) {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HandlerTimeout(`${what} ran longer than ${ms} ms`)), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}

/**
 * Runs `work` once per (delivery, step): the step's row and the work's
 * database writes commit together, so a retry after a crash finds the row
 * and skips the step.
 */
function onceFor(deliveryId: number): DeliveryContext['once'] {
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
 * Runs one (event, subscriber) delivery. The delivery row is the durable
 * truth: a job for a delivery already done does nothing, a plugin the
 * organization switched off since is skipped, and the last failed attempt
 * marks the delivery dead for Admin → Plugins to show and retry.
 */
export async function processDelivery(job: DeliveryJob) {
  const delivery = await EventDelivery.find(job.data.deliveryId)
  if (!delivery || delivery.status === 'ok' || delivery.status === 'skipped') {
    return 'done'
  }
  const event = await OutboxEvent.findOrFail(delivery.outboxEventId)
  /** Runs so far, counting those a crashed worker never finished (they are not "failures"). */
  const attempt = Math.max(job.attemptsStarted, job.attemptsMade + 1)
  await EventDelivery.query()
    .where('id', delivery.id)
    .update({ attempts: db.raw('attempts + 1'), status: 'pending', updated_at: new Date() })

  const context: DeliveryContext = {
    deliveryId: delivery.id,
    idempotencyKey: `${delivery.subscriber}:event-${event.id}`,
    attempt,
    once: onceFor(delivery.id),
  }
  try {
    const outcome = await runSubscriber(delivery, event, context)
    await EventDelivery.query().where('id', delivery.id).update({
      status: outcome,
      last_error: null,
      completed_at: new Date(),
      updated_at: new Date(),
    })
    return outcome
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught))
    const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1)
    await EventDelivery.query()
      .where('id', delivery.id)
      .update({
        status: final ? 'dead' : 'pending',
        last_error: error.message.slice(0, 2000),
        updated_at: new Date(),
      })
    const { kind, id } = parseSubscriberKey(delivery.subscriber)
    if (kind === 'plugin') {
      await Installations.recordError(event.organizationId, id, event.name, error)
    }
    logger.error(
      { err: error, subscriber: delivery.subscriber, event: event.name, attempt, final },
      `${delivery.subscriber} failed on ${event.name} (attempt ${attempt})${final ? ': dead-lettered' : ''}`
    )
    throw error
  }
}

async function runSubscriber(
  delivery: EventDelivery,
  event: OutboxEvent,
  context: DeliveryContext
): Promise<'ok' | 'skipped'> {
  const { kind, id } = parseSubscriberKey(delivery.subscriber)
  if (kind === 'core') {
    const subscriber = CORE_SUBSCRIBERS.find((candidate) => candidate.id === id)
    if (!subscriber) {
      return 'skipped'
    }
    await withTimeout(
      subscriber.handle(event, context),
      deliveries.handlerTimeoutMs,
      delivery.subscriber
    )
    return 'ok'
  }
  const active = await Installations.isActive(event.organizationId, id)
  const registration = PluginCatalog.find(id)?.hooks.events.get(event.name)
  if (!active || !registration) {
    return 'skipped'
  }
  const controller = new AbortController()
  const scope = {
    pluginId: id,
    pluginName: active.plugin.manifest?.name ?? id,
    organizationId: event.organizationId,
    signal: controller.signal,
  }
  const base = pluginContext(
    scope,
    active.settings,
    pluginLogger(active.plugin, event.name, event.organizationId)
  )
  const work = Promise.resolve().then(() =>
    registration.handler(
      event.payload,
      Object.assign(base, {
        event: { id: event.id, name: event.name, occurredAt: event.createdAt.toISO() },
        ...context,
        // A plugin's step gets its scoped db on the step's transaction, never the raw one.
        once: <T>(step: string, stepWork: (db: PluginDatabase) => Promise<T>) =>
          context.once(step, (trx) => stepWork(hostDatabaseOn(scope, trx))),
      })
    )
  )
  try {
    await withTimeout(work, deliveries.handlerTimeoutMs, `${id} on ${event.name}`)
  } finally {
    controller.abort()
  }
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
