import { PermanentFailure, RetryLater } from '#platform/sdk'
import { buildMessage } from '../message/blocks.js'
import { callApi, postWebhook } from '../delivery/slack_client.js'
import type { Context } from '../types.js'

export const LAST_TEST = 'last-test'

export type TestResult = { at: string; ok: boolean; target: string; answer: string }

/**
 * "Send a test message": one message to the webhook, or to a channel
 * with the bot token, and Slack's answer in words (kept for the page).
 */
export async function sendTestMessage(
  context: Context,
  channel: string | undefined
): Promise<TestResult> {
  const message = buildMessage({
    reference: 'SB-TEST',
    title: 'Test message from Switchboard',
    url: `${context.settings.deskBaseUrl ?? process.env.APP_URL ?? ''}/desk`,
    requester: 'Switchboard',
    group: 'Test',
    priority: 'low',
    status: 'open',
    assignee: null,
    change: 'An admin sent a test message',
    excerpt: null,
  })
  const target =
    context.settings.mode === 'webhook' ? 'the webhook' : `channel ${channel ?? '(none)'}`
  const result = (ok: boolean, answer: string) => ({
    at: new Date().toISOString(),
    ok,
    target,
    answer,
  })
  try {
    if (context.settings.mode === 'webhook') {
      await postWebhook(context, context.settings.webhookUrl, message, target)
      return result(true, 'ok')
    }
    if (!channel) return result(false, 'Give a channel ID, or add a routing row with one.')
    const answer = await callApi<{ ok: true; ts: string; channel: string }>(
      context,
      'chat.postMessage',
      { channel, ...message },
      target
    )
    return result(true, `ok: posted as ts ${answer.ts} in ${answer.channel}`)
  } catch (error) {
    if (
      error instanceof PermanentFailure ||
      error instanceof RetryLater ||
      error instanceof Error
    ) {
      return result(false, error.message)
    }
    return result(false, String(error))
  }
}
