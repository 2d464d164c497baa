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
type Messages = { ok: true; messages?: StampedMessage[] }

type ThreadInput = {
  channel: string
  ticketId: number
  reply: SlackMessage
  /** The parent as the ticket is now; `starting`: the message that opens the thread. */
  parent: (starting: boolean) => Promise<SlackMessage>
}

export const threadKey = (ticketId: number, channel: string) => `thread:${ticketId}:${channel}`

/**
 * After an unknown outcome (a crash or timeout between Slack's answer and
 * our record) the message may already be there: look for our stamp in
 * the channel, or in the thread, before posting again.
 */
async function findStamped(
  context: SlackEventContext,
  channel: string,
  key: string,
  threadTs?: string
) {
  const where = `channel ${channel}`
  const answer = threadTs
    ? await readApi<Messages>(
        context,
        'conversations.replies',
        { channel, ts: threadTs, include_all_metadata: 'true', limit: '200' },
        where
      )
    : await readApi<Messages>(
        context,
        'conversations.history',
        { channel, include_all_metadata: 'true', limit: '100' },
        where
      )
  const found = (answer.messages ?? []).find(
    (message) =>
      message.metadata?.event_type === METADATA_TYPE && message.metadata.event_payload?.key === key
  )
  return found?.ts ?? null
}

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
  const answer = await callApi<{ ok: true; ts: string }>(
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
    `channel ${channel}`
  )
  return answer.ts
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
  const key = `${context.idempotencyKey}:${channel}`
  const storeKey = threadKey(input.ticketId, channel)
  const thread = await context.store.get<{ ts: string }>(storeKey)
  await context.once(`post:${channel}`, async () => {
    if (thread) {
      await post(context, channel, input.reply, key, thread.ts)
      return
    }
    const ts = await post(context, channel, await input.parent(true), key)
    await context.store.set(storeKey, { ts })
  })
  if (!thread) return
  await context.once(`update:${channel}`, async () => {
    const parent = await input.parent(false)
    await callApi(
      context,
      'chat.update',
      { channel, ts: thread.ts, ...parent },
      `channel ${channel}`
    )
  })
}
