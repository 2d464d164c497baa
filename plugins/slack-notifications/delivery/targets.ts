import { failPermanently } from '#platform/sdk'
import { DEFAULT_API_BASE_URL } from '../settings.js'
import type { SlackSettings } from '../types.js'

/** The admin's extra hosts: `host` or `host:port`, lower case. */
export function allowedEntries(settings: Pick<SlackSettings, 'allowedHosts'>) {
  return (settings.allowedHosts ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
}

function isAllowed(url: URL, entries: string[]) {
  return entries.includes(url.host.toLowerCase()) || entries.includes(url.hostname.toLowerCase())
}

/**
 * The `allowHosts` handed to the SDK's fetch: only the host name of a
 * URL the admin allowed (the SDK matches names, not ports; the port was
 * checked here). Slack's own hosts are public and need no exemption.
 */
export type Target = { url: URL; allowHosts: string[] }

function target(raw: string, slackHost: string, entries: string[], what: string): Target {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw failPermanently(`The ${what} "${raw}" is not a URL: correct it in the plugin's settings.`)
  }
  if (isAllowed(url, entries)) return { url, allowHosts: [url.hostname.toLowerCase()] }
  if (url.protocol === 'https:' && url.host === slackHost) return { url, allowHosts: [] }
  throw failPermanently(
    `The ${what} must start with https://${slackHost}/; ${url.host} is not allowed. ` +
      `For a Slack-compatible server add "${url.host}" to "Other hosts allowed" in the settings.`
  )
}

/** An incoming webhook: https://hooks.slack.com/… unless its host is allow-listed. */
export function webhookTarget(raw: string | undefined, settings: SlackSettings): Target {
  if (!raw) {
    throw failPermanently(
      'No incoming webhook URL is set: add one in the settings (or on the row).'
    )
  }
  return target(raw, 'hooks.slack.com', allowedEntries(settings), 'webhook URL')
}

/** A Web API method under the base URL (https://slack.com/api/ unless allow-listed). */
export function apiTarget(method: string, settings: SlackSettings, query?: Record<string, string>) {
  const base = settings.apiBaseUrl ?? DEFAULT_API_BASE_URL
  const checked = target(
    base.endsWith('/') ? base : `${base}/`,
    'slack.com',
    allowedEntries(settings),
    'Web API base URL'
  )
  const url = new URL(method, checked.url)
  for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value)
  return { ...checked, url }
}
