/**
 * Slack errors that no retry can fix, each with what the admin should do.
 * Webhook errors are the documented incoming-webhook answers; Web API
 * errors come back as HTTP 200 `{ ok: false, error }`.
 */
const FIXES: Record<string, string> = {
  invalid_payload: 'Slack could not read the message; report this as a bug of the plugin.',
  user_not_found: 'the webhook points at a user that no longer exists: create a new webhook.',
  action_prohibited:
    'the workspace restricts posting from this webhook: ask a Slack admin to allow it.',
  channel_not_found:
    'the channel does not exist (or the app cannot see it): check the channel ID in the routing table.',
  channel_is_archived: 'the channel is archived: unarchive it or route to another channel.',
  is_archived: 'the channel is archived: unarchive it or route to another channel.',
  no_service: 'the webhook was removed or disabled: create a new webhook and save its URL.',
  no_service_id: 'the webhook URL is incomplete: copy it again from the Slack app.',
  no_team: 'the Slack workspace of the webhook no longer exists: create a new webhook.',
  team_disabled: 'the Slack workspace is disabled: create a webhook in an active workspace.',
  invalid_token: 'the webhook token is wrong: copy the webhook URL again from the Slack app.',
  invalid_auth: 'Slack refused the bot token: paste a valid bot token (xoxb-…) in the settings.',
  not_authed: 'no bot token was sent: paste the bot token (xoxb-…) in the settings.',
  token_revoked: 'the bot token was revoked: reinstall the Slack app and paste the new token.',
  token_expired: 'the bot token expired: reinstall the Slack app and paste the new token.',
  account_inactive:
    'the bot user was deactivated: reinstall the Slack app and paste the new token.',
  not_in_channel: 'the bot is not a member of the channel: invite the app to it (/invite @app).',
  missing_scope:
    'the bot token lacks a scope: add chat:write and channels:history (groups:history for private channels), reinstall the app, paste the new token.',
  no_permission: "the bot may not do this: check the app's scopes and reinstall it.",
  restricted_action: 'a workspace setting prevents the bot from posting there: ask a Slack admin.',
  posting_to_general_channel_denied:
    'only admins may post in that channel: route to another channel.',
  ekm_access_denied: "the workspace's key management denied access: ask a Slack admin.",
  msg_too_long: 'the message is too long for Slack; report this as a bug of the plugin.',
  no_text: 'the message was empty; report this as a bug of the plugin.',
  invalid_blocks: 'Slack refused the message layout; report this as a bug of the plugin.',
  invalid_blocks_format: 'Slack refused the message layout; report this as a bug of the plugin.',
  invalid_metadata_format:
    'Slack refused the message metadata; report this as a bug of the plugin.',
  invalid_arg_name: 'Slack refused the request; report this as a bug of the plugin.',
  invalid_json: 'Slack refused the request; report this as a bug of the plugin.',
  json_not_object: 'Slack refused the request; report this as a bug of the plugin.',
  cant_update_message: "the thread's first message can no longer be updated by the bot.",
  message_not_found: "the thread's first message was deleted.",
  edit_window_closed: "the workspace no longer allows editing the thread's first message.",
}

/** Errors that mean "later": Slack's own rate limit in a JSON answer, its temporary failures. */
const TEMPORARY = new Set([
  'ratelimited',
  'rate_limited',
  'fatal_error',
  'internal_error',
  'request_timeout',
  'service_unavailable',
  'rollup_error',
])

export type ErrorKind = 'permanent' | 'temporary'

export function kindOf(error: string): ErrorKind {
  if (TEMPORARY.has(error)) return 'temporary'
  // An error Slack may add later and we do not know is not retried blindly five times either.
  return 'permanent'
}

/** The dead delivery's reason: Slack's error code and what to fix. */
export function explain(error: string, where: string) {
  const fix = FIXES[error] ?? 'see https://api.slack.com/methods for what it means.'
  return `Slack answered ${error} for ${where}: ${fix}`
}
