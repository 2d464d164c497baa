import type { HttpContext } from '@adonisjs/core/http'
import MailboxPolicy from '#policies/mailbox_policy'
import MailboxTransformer from '#transformers/mailbox_transformer'
import MailboxService, {
  type MailboxChanges,
  type MailboxSettings,
} from '#services/mail_channel/mailbox_service'
import { apiCreateMailboxValidator, apiUpdateMailboxValidator } from '#validators/mailbox'
import { actorContext } from '#services/request_context'
import { apiJson, renameFields, snakeKeys } from '#helpers/api_json'
import MailboxConnectionTest from '#services/mail_channel/mailbox_connection_test'
import { requestedMailbox } from '#helpers/requested_mailbox'

/** /api/v1/admin/mailboxes: the e-mail channel's mailboxes, for scripted set-up. */
export default class MailboxesController {
  async index(ctx: HttpContext) {
    await ctx.bouncer.with(MailboxPolicy).authorize('viewAny')
    const mailboxes = await MailboxService.list(ctx.auth.getUserOrFail().organizationId)
    return apiJson(ctx, MailboxTransformer.transform(mailboxes))
  }

  async show(ctx: HttpContext) {
    return apiJson(ctx, MailboxTransformer.transform(await this.mailbox(ctx)))
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(MailboxPolicy).authorize('create')
    const input = await ctx.request.validateUsing(apiCreateMailboxValidator)
    const mailbox = await MailboxService.create(
      ctx.auth.getUserOrFail().organizationId,
      // The validator requires what a new mailbox needs.
      settingsOf(input) as MailboxSettings,
      actorContext(ctx)
    ).catch(renameFields)
    return apiJson(ctx, MailboxTransformer.transform(mailbox), 201)
  }

  async update(ctx: HttpContext) {
    const mailbox = await this.mailbox(ctx)
    const input = await ctx.request.validateUsing(apiUpdateMailboxValidator)
    await MailboxService.update(mailbox, settingsOf(input), actorContext(ctx)).catch(renameFields)
    return apiJson(ctx, MailboxTransformer.transform(mailbox))
  }

  async destroy(ctx: HttpContext) {
    await MailboxService.delete(await this.mailbox(ctx), actorContext(ctx))
    return ctx.response.noContent()
  }

  /** Tries the stored settings against the server; a failure is an answer, not an error. */
  async test(ctx: HttpContext) {
    const result = await MailboxConnectionTest.stored(await this.mailbox(ctx))
    return ctx.response.json({ data: snakeKeys(result) })
  }

  private mailbox(ctx: HttpContext) {
    return requestedMailbox(ctx)
  }
}

/** The API's snake_case names → the service's. */
function settingsOf(input: { [K in keyof typeof API_NAMES]?: unknown }): MailboxChanges {
  return Object.fromEntries(
    Object.entries(API_NAMES)
      .filter(([name]) => input[name as keyof typeof API_NAMES] !== undefined)
      .map(([name, setting]) => [setting, input[name as keyof typeof API_NAMES]])
  ) as MailboxChanges
}

const API_NAMES = {
  name: 'name',
  host: 'host',
  port: 'port',
  tls: 'tls',
  verify_certificates: 'verifyCertificates',
  user: 'username',
  password: 'password',
  folder: 'folder',
  group_id: 'groupId',
  after_fetch: 'afterFetch',
  move_to: 'moveTo',
  allow_cc_replies: 'allowCcReplies',
  loop_limit: 'loopLimit',
  loop_window_minutes: 'loopWindowMinutes',
  is_active: 'isActive',
} as const
