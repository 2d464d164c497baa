import type { SlackMessage } from '../message/blocks.js'
import type { SlackEventContext } from '../types.js'
import { callApi, readApi } from './slack_client.js'
import { holdingThread } from './thread_lock.js'

/** Slack message metadata stamped on every message: how a retry recognises its own post. */
export const METADATA_TYPE = 'switchboard_delivery'

type StampedMessage = {
  ts: string
  metadata?: { event_type?: string; event_payload?: { key?: string } }
}
type Messages = {
  ok: boolean
  messages?: StampedMessage[]
  response_metadata?: { next_cursor?: string }
}

type ThreadInput = {
  channel: string
  ticketId: number
  reply: SlackMessage
  /** The parent as the ticket is now; `starting`: the message that opens the thread. */
  parent: (starting: boolean) => Promise<SlackMessage>
}

export const threadKey = (ticketId: number, channel: string) => `thread:${ticketId}:${channel}`

/** Slack's answers when a thread's first message was deleted. */
const THREAD_GONE = ['thread_not_found', 'message_not_found'] as const
/** chat.update's answers when the first message is gone or may no longer be edited. */
const PARENT_FROZEN = ['message_not_found', 'cant_update_message', 'edit_window_closed'] as const
/** A look-up reads at most this many pages of 200 messages. */
const LOOKUP_PAGES = 10
/** How far before the event a look-up starts: clocks differ, the post came after the event. */
const LOOKUP_SLACK_S = 300

/**
 * After an unknown outcome (a crash or timeout between Slack's answer and
 * our record) the message may already be there: look for our stamp in
 * the channel, or in the thread, among the messages since the event.
 */
async function findStamped(
  context: SlackEventContext,
  channel: string,
  key: string,
  threadTs?: string
) {
  const where = `channel ${channel}`
  const since = Date.parse(context.event.occurredAt) / 1000 - LOOKUP_SLACK_S
  const query = {
    channel,
    include_all_metadata: 'true',
    limit: '200',
    oldest: since.toFixed(6),
    ...(threadTs ? { ts: threadTs } : {}),
  }
  let cursor: string | undefined
  for (let page = 0; page < LOOKUP_PAGES; page++) {
    const answer = await readApi<Messages>(
      context,
      threadTs ? 'conversations.replies' : 'conversations.history',
      cursor ? { ...query, cursor } : query,
      where,
      THREAD_GONE
    )
    const found = (answer.messages ?? []).find(
      (message) =>
        message.metadata?.event_type === METADATA_TYPE &&
        message.metadata.event_payload?.key === key
    )
    if (found) return found.ts
    cursor = answer.response_metadata?.next_cursor || undefined
    if (!answer.ok || !cursor) return null
  }
  context.logger.warn({ channel, key }, 'Slack look-up stopped after 10 pages; posting')
  return null
}

/** Posts (or finds) the message; null when the thread it replies to is gone. */
async function post(
  context: SlackEventContext,
  channel: string,
  message: SlackMessage,
  key: string,
  threadTs?: string
) {
  if (context.attempt > 1) {
    const found = await findStamped(context, channel, key, threadTs)
    if (found) return found
  }
  const answer = await callApi<{ ok: boolean; ts: string }>(
    context,
    'chat.postMessage',
    {
      channel,
      ...message,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      unfurl_links: false,
      unfurl_media: false,
      metadata: { event_type: METADATA_TYPE, event_payload: { key } },
    },
    `channel ${channel}`,
    threadTs ? THREAD_GONE : []
  )
  return answer.ok ? answer.ts : null
}

/**
 * Bot mode, one channel: the first message about a ticket starts its
 * thread (its ts kept per ticket and channel in the plugin's store);
 * later events reply in the thread, then the parent is updated to the
 * ticket's current state. Each step runs once per delivery: a retry
 * skips what already succeeded.
 */
export async function deliverInThread(context: SlackEventContext, input: ThreadInput) {
  await holdingThread(context, input.ticketId, input.channel, () => inThread(context, input))
}

async function inThread(context: SlackEventContext, input: ThreadInput) {
  const { channel } = input
  const where = `channel ${channel}`
  const key = `${context.idempotencyKey}:${channel}`
  const storeKey = threadKey(input.ticketId, channel)
  const stored = await context.store.get<{ ts: string }>(storeKey)
  const started = await context.callOnce(`post:${channel}`, async () => {
    if (stored) {
      if (await post(context, channel, input.reply, key, stored.ts)) return false
      // Someone deleted the thread in Slack: this event starts a new one.
      context.logger.warn({ channel, ticketId: input.ticketId }, 'Slack thread gone; starting anew')
    }
    const ts = await post(context, channel, await input.parent(true), key)
    await context.store.set(storeKey, { ts })
    return true
  })
  // A new thread's first message already shows the ticket as it is.
  if (!stored || started) return
  await context.callOnce(`update:${channel}`, async () => {
    const parent = await input.parent(false)
    const answer = await callApi(
      context,
      'chat.update',
      { channel, ts: stored.ts, ...parent },
      where,
      PARENT_FROZEN
    )
    if (answer.ok) return
    // The reply is in; a first message that cannot show the new state is
    // not worth a dead delivery. A deleted one is forgotten, so the next
    // event starts a fresh thread.
    context.logger.warn(
      { channel, ticketId: input.ticketId, error: answer.error },
      "Slack thread's first message not updated"
    )
    if (answer.error === 'message_not_found') await context.store.delete(storeKey)
  })
}
