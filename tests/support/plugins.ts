import type Organization from '#models/organization'
import EventDelivery from '#models/event_delivery'
import PluginCatalog from '#platform/plugin_catalog'
import Installations from '#platform/installations'
import Outbox from '#platform/outbox'
import { startEventWorker } from '#platform/event_worker'
import { queue } from '#services/queue/queue_registry'
import { QUEUES } from '#config/queue'
import { systemContext } from '#services/request_context'

/** Configures and enables a (fixture) plugin for an organization, as an admin would. */
export async function enablePlugin(
  organization: Pick<Organization, 'id'>,
  id: string,
  settings: Record<string, unknown> = {}
) {
  const plugin = PluginCatalog.find(id)
  if (!plugin) {
    throw new Error(`no plugin ${id} was discovered`)
  }
  await Installations.configure(organization.id, plugin, settings, systemContext)
  await Installations.enable(organization.id, plugin, systemContext)
  return plugin
}

/**
 * Runs the real event worker in this process until every event written so
 * far is delivered or dead: waits for the jobs still being added after
 * commit (in the background), then for the queue to have nothing waiting,
 * running or due for a retry.
 */
export async function drainEvents(timeoutMs = 20_000) {
  await Outbox.settle()
  const worker = startEventWorker(1)
  const events = queue(QUEUES.events)
  const deadline = Date.now() + timeoutMs
  try {
    for (;;) {
      const counts = await events.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
      const pending = Object.values(counts).reduce((sum, n) => sum + n, 0)
      if (pending === 0) break
      if (Date.now() > deadline) {
        throw new Error(`events still pending after ${timeoutMs} ms: ${JSON.stringify(counts)}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  } finally {
    await worker.close()
  }
}

export function deliveriesOf(subscriber: string) {
  return EventDelivery.query().where('subscriber', subscriber).orderBy('id')
}
