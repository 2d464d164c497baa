import { OutboundRefused, failPermanently } from '#platform/sdk'
import type { Context } from '../types.js'
import { checkApiAnswer, checkWebhookAnswer, type ApiAnswer } from './answers.js'
import { apiTarget, webhookTarget, type Target } from './targets.js'

/** Slack is asked to answer within 10 s; a slower answer is a timeout, retried with backoff. */
export const SLACK_TIMEOUT_MS = 10_000

type Client = Pick<Context, 'http' | 'settings' | 'signal'>

/**
 * Every call goes through the SDK's guarded fetch (never the global
 * fetch): private, loopback and link-local targets are refused unless
 * the admin allowed the host, and redirects are not followed at all
 * (`manual`), so a webhook cannot bounce us to another host.
 */
async function send(client: Client, target: Target, init: RequestInit) {
  try {
    return await client.http.fetch(target.url, {
      ...init,
      redirect: 'manual',
      allowHosts: target.allowHosts,
      timeoutMs: SLACK_TIMEOUT_MS,
      signal: client.signal,
    })
  } catch (error) {
    if (error instanceof OutboundRefused) {
      throw failPermanently(
        `Switchboard refused to reach ${error.host}: ${error.message}. Use Slack's URL, or add the host to "Other hosts allowed" if it is yours.`
      )
    }
    throw error
  }
}

export async function postWebhook(
  client: Client,
  url: string | undefined,
  message: object,
  where: string
) {
  const target = webhookTarget(url, client.settings)
  const response = await send(client, target, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message),
  })
  await checkWebhookAnswer(response, where)
}

function authorization(client: Client) {
  if (!client.settings.botToken) {
    throw failPermanently(
      'No bot token is set: paste the bot token (xoxb-…) in the settings, or use webhook mode.'
    )
  }
  return `Bearer ${client.settings.botToken}`
}

/** A Web API write method (chat.postMessage, chat.update), JSON body. */
export async function callApi<T extends ApiAnswer>(
  client: Client,
  method: string,
  body: object,
  where: string,
  handled: readonly string[] = []
) {
  const response = await send(client, apiTarget(method, client.settings), {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'authorization': authorization(client),
    },
    body: JSON.stringify(body),
  })
  return checkApiAnswer<T>(response, where, handled)
}

/** A Web API read method (conversations.history, conversations.replies), query string. */
export async function readApi<T extends ApiAnswer>(
  client: Client,
  method: string,
  query: Record<string, string>,
  where: string,
  handled: readonly string[] = []
) {
  const response = await send(client, apiTarget(method, client.settings, query), {
    method: 'GET',
    headers: { authorization: authorization(client) },
  })
  return checkApiAnswer<T>(response, where, handled)
}
