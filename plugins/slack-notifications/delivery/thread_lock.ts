import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { retryLater } from '#platform/sdk'
import type { SlackEventContext } from '../types.js'

const TABLE = 'slack_notifications_threads'
/**
 * Longer than a delivery may run: the platform stops a handler at its
 * budget (60 s by default), so a lease outlives its holder's work and
 * only a crashed worker's lease is ever taken over.
 */
const LEASE_MS = 90_000
/** How long a delivery waits for a busy thread before asking to run again later. */
const WAIT_MS = 20_000
const POLL_MS = 50

/** Deliveries in this process waiting for the same thread, chained so they run one after another. */
const inProcess = new Map<string, Promise<unknown>>()

/**
 * Runs `work` while holding the thread of (ticket, channel): first in
 * this process (a worker runs many deliveries at once), then across
 * workers by a lease on the thread's row. Without it, two first events
 * of a ticket could each start a thread, and replies could interleave
 * with another event's parent update.
 */
export async function holdingThread<T>(
  context: SlackEventContext,
  ticketId: number,
  channel: string,
  work: () => Promise<T>
): Promise<T> {
  const key = `${context.organizationId}:${ticketId}:${channel}`
  const before = inProcess.get(key) ?? Promise.resolve()
  const mine = before.catch(() => {}).then(() => leased(context, ticketId, channel, work))
  inProcess.set(key, mine)
  try {
    return await mine
  } finally {
    if (inProcess.get(key) === mine) inProcess.delete(key)
  }
}

async function claim(context: SlackEventContext, ticketId: number, channel: string, token: string) {
  const claimed = await context.db
    .from(TABLE)
    .where({ ticket_id: ticketId, channel })
    .where((query) => query.whereNull('locked_until').orWhere('locked_until', '<', new Date()))
    .update({ locked_until: new Date(Date.now() + LEASE_MS), lock_token: token })
    .returning('last_event_id')
  return claimed as { last_event_id: string | number | null }[]
}

async function leased<T>(
  context: SlackEventContext,
  ticketId: number,
  channel: string,
  work: () => Promise<T>
) {
  await context.db
    .insert(TABLE, { ticket_id: ticketId, channel })
    .onConflict(['organization_id', 'ticket_id', 'channel'])
    .ignore()
  const token = randomUUID()
  const deadline = Date.now() + WAIT_MS
  let rows = await claim(context, ticketId, channel, token)
  while (rows.length === 0) {
    if (Date.now() > deadline)
      throw retryLater(1000, `thread of ticket ${ticketId} in ${channel} busy`)
    await sleep(POLL_MS, undefined, { signal: context.signal })
    rows = await claim(context, ticketId, channel, token)
  }
  const last = rows[0].last_event_id === null ? null : Number(rows[0].last_event_id)
  if (last !== null && last > context.event.id) {
    // Posted anyway (an event is never dropped), but said: a retry came after a later event.
    context.logger.warn(
      { ticketId, channel, eventId: context.event.id, last },
      'event posted after a later one'
    )
  }
  let done = false
  try {
    const result = await work()
    done = true
    return result
  } finally {
    await context.db
      .from(TABLE)
      .where({ ticket_id: ticketId, channel, lock_token: token })
      .update({
        locked_until: null,
        lock_token: null,
        ...(done
          ? { last_event_id: Math.max(last ?? 0, context.event.id), updated_at: new Date() }
          : {}),
      })
  }
}
