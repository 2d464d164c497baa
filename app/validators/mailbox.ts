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

/**
 * The admin form (camelCase, as the other web forms). Checkboxes left
 * unticked are absent, so the booleans default to false in the controller.
 */
const form = {
  name: fields.name,
  host: fields.host,
  port: fields.port,
  tls: fields.tls,
  verifyCertificates: fields.verify_certificates.optional(),
  username: fields.user,
  folder: fields.folder,
  groupId: fields.group_id,
  afterFetch: fields.after_fetch,
  moveTo: fields.move_to,
  allowCcReplies: fields.allow_cc_replies.optional(),
  loopLimit: fields.loop_limit,
  loopWindowMinutes: fields.loop_window_minutes,
  isActive: fields.is_active.optional(),
}

export const createMailboxValidator = vine.create({ ...form, password: fields.password })

/** A blank password keeps the stored one. */
export const updateMailboxValidator = vine.create({ ...form, password: fields.password.optional() })

/**
 * "Test connection" on the form: only what reaching the server needs. A
 * blank password means the stored one of `mailboxId`.
 */
export const testMailboxValidator = vine.create({
  host: fields.host,
  port: fields.port,
  tls: fields.tls,
  verifyCertificates: fields.verify_certificates.optional(),
  username: fields.user,
  password: fields.password.optional(),
  folder: fields.folder,
  mailboxId: vine.number().positive().withoutDecimals().optional(),
})

export const mailMessageFiltersValidator = vine.create({
  status: vine.enum(['ticket', 'reply', 'ignored', 'held', 'failed'] as const).optional(),
  page: vine.number().positive().withoutDecimals().optional(),
})
