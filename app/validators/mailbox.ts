import vine from '@vinejs/vine'
import { AFTER_FETCH_ACTIONS, MAILBOX_TLS_MODES } from '#models/mailbox'
import { hostName } from '#validators/rules/host_name'

/** IMAP folder names: any text the server accepts, trimmed and never empty. */
const folderName = () => vine.string().trim().minLength(1).maxLength(255)

/**
 * A mailbox over the API (snake_case). Every field is optional on update:
 * those left out keep their values, `password` included, so a script can
 * change the folder without knowing the password. Whether `group_id` is a
 * group of the caller's organization is the service's check.
 */
const fields = {
  name: vine.string().trim().minLength(1).maxLength(120),
  host: hostName(),
  port: vine.number().withoutDecimals().range([1, 65535]),
  tls: vine.enum(MAILBOX_TLS_MODES),
  verify_certificates: vine.boolean(),
  user: vine.string().trim().minLength(1).maxLength(320),
  // Not trimmed: a password may well begin or end with a space.
  password: vine.string().minLength(1).maxLength(1000),
  folder: folderName(),
  group_id: vine.number().positive().withoutDecimals(),
  after_fetch: vine.enum(AFTER_FETCH_ACTIONS),
  move_to: folderName(),
  allow_cc_replies: vine.boolean(),
  loop_limit: vine.number().withoutDecimals().range([1, 10_000]),
  loop_window_minutes: vine.number().withoutDecimals().range([1, 1440]),
  is_active: vine.boolean(),
}

export const apiCreateMailboxValidator = vine.create({
  name: fields.name,
  host: fields.host,
  port: fields.port,
  tls: fields.tls,
  verify_certificates: fields.verify_certificates.optional(),
  user: fields.user,
  password: fields.password,
  folder: fields.folder.optional(),
  group_id: fields.group_id,
  after_fetch: fields.after_fetch.optional(),
  move_to: fields.move_to.optional(),
  allow_cc_replies: fields.allow_cc_replies.optional(),
  loop_limit: fields.loop_limit.optional(),
  loop_window_minutes: fields.loop_window_minutes.optional(),
  is_active: fields.is_active.optional(),
})

export const apiUpdateMailboxValidator = vine.create({
  name: fields.name.optional(),
  host: fields.host.optional(),
  port: fields.port.optional(),
  tls: fields.tls.optional(),
  verify_certificates: fields.verify_certificates.optional(),
  user: fields.user.optional(),
  password: fields.password.optional(),
  folder: fields.folder.optional(),
  group_id: fields.group_id.optional(),
  after_fetch: fields.after_fetch.optional(),
  move_to: fields.move_to.optional(),
  allow_cc_replies: fields.allow_cc_replies.optional(),
  loop_limit: fields.loop_limit.optional(),
  loop_window_minutes: fields.loop_window_minutes.optional(),
  is_active: fields.is_active.optional(),
})
