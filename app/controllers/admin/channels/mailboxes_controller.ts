import type { HttpContext } from '@adonisjs/core/http'
import MailboxPolicy from '#policies/mailbox_policy'
import MailboxService from '#services/mail_channel/mailbox_service'
import MailMessageService from '#services/mail_channel/mail_message_service'
import MailboxConnectionTest from '#services/mail_channel/mailbox_connection_test'
import MailboxTransformer from '#transformers/mailbox_transformer'
import GroupService from '#services/group_service'
import {
  createMailboxValidator,
  testMailboxValidator,
  updateMailboxValidator,
} from '#validators/mailbox'
import { actorContext } from '#services/request_context'
import FormError from '#exceptions/form_error'
import { msg } from '#i18n/message'
import { requestedMailbox } from '#helpers/requested_mailbox'

/** Where the stored password may be sent by "Test connection" without being typed again. */
const SERVER_FIELDS = ['host', 'port', 'tls', 'username'] as const

/** Admin → Channels → E-mail: the mailboxes mail is fetched from (issue 17). */
export default class MailboxesController {
  async index({ inertia, bouncer, auth }: HttpContext) {
    await bouncer.with(MailboxPolicy).authorize('viewAny')
    const organizationId = auth.getUserOrFail().organizationId
    const mailboxes = await MailboxService.list(organizationId).preload('group')
    const failed = await MailMessageService.failedCounts(organizationId)
    return inertia.render('admin/channels/email/index', {
      mailboxes: MailboxTransformer.transform(mailboxes),
      groupNames: Object.fromEntries(mailboxes.map((mailbox) => [mailbox.id, mailbox.group.name])),
      failedCounts: Object.fromEntries(failed),
    })
  }

  async create({ inertia, bouncer, auth }: HttpContext) {
    await bouncer.with(MailboxPolicy).authorize('create')
    return inertia.render('admin/channels/email/form', {
      mailbox: null,
      groups: await activeGroups(auth.getUserOrFail().organizationId),
    })
  }

  async store(ctx: HttpContext) {
    const { request, bouncer, auth, session, response, translator } = ctx
    await bouncer.with(MailboxPolicy).authorize('create')
    const input = await request.validateUsing(createMailboxValidator)
    const mailbox = await MailboxService.create(
      auth.getUserOrFail().organizationId,
      withCheckboxes(input),
      actorContext(ctx)
    )
    session.flash('success', translator.t('Mailbox "{name}" added.', { name: mailbox.name }))
    return response.redirect().toRoute('admin.mailboxes.edit', { id: mailbox.id })
  }

  async edit(ctx: HttpContext) {
    const mailbox = await this.mailbox(ctx)
    return ctx.inertia.render('admin/channels/email/form', {
      mailbox: MailboxTransformer.transform(mailbox),
      groups: await activeGroups(mailbox.organizationId, mailbox.groupId),
    })
  }

  async update(ctx: HttpContext) {
    const { request, session, response, translator } = ctx
    const mailbox = await this.mailbox(ctx)
    const input = await request.validateUsing(updateMailboxValidator)
    await MailboxService.update(mailbox, withCheckboxes(input), actorContext(ctx))
    session.flash('success', translator.t('Changes saved.'))
    return response.redirect().toRoute('admin.mailboxes.edit', { id: mailbox.id })
  }

  async destroy(ctx: HttpContext) {
    const { session, response, translator } = ctx
    const mailbox = await this.mailbox(ctx)
    await MailboxService.delete(mailbox, actorContext(ctx))
    session.flash('success', translator.t('Mailbox "{name}" deleted.', { name: mailbox.name }))
    return response.redirect().toRoute('admin.mailboxes.index')
  }

  /**
   * "Test connection" with the values on the form, saved or not; answers
   * JSON for the form to show inline. On edit, a blank password means the
   * stored one, looked up only in the admin's own organization.
   */
  async test({ request, bouncer, auth, response }: HttpContext) {
    await bouncer.with(MailboxPolicy).authorize('create')
    const input = await request.validateUsing(testMailboxValidator)
    let password = input.password
    if (password === undefined && input.mailboxId !== undefined) {
      const stored = await MailboxService.find(auth.getUserOrFail().organizationId, input.mailboxId)
      await bouncer.with(MailboxPolicy).authorize('manage', stored)
      // Else a test would send the stored password to any server, and leave no audit trace.
      if (SERVER_FIELDS.some((field) => stored[field] !== input[field])) {
        throw new FormError('password', msg('Enter the password to test another server or user.'))
      }
      password = stored.password() ?? undefined
    }
    const result = await MailboxConnectionTest.run({
      ...input,
      verifyCertificates: input.verifyCertificates ?? false,
      password,
    })
    return response.json({ result })
  }

  private mailbox(ctx: HttpContext) {
    return requestedMailbox(ctx)
  }
}

/** Unticked checkboxes are not sent: on this form, absent means off. */
function withCheckboxes<T extends Record<string, unknown>>(input: T) {
  return {
    ...input,
    verifyCertificates: input.verifyCertificates === true,
    allowCcReplies: input.allowCcReplies === true,
    isActive: input.isActive === true,
  }
}

/** The groups a mailbox may send mail to; the current one stays listed even when inactive. */
async function activeGroups(organizationId: number, currentId?: number) {
  const groups = await GroupService.list(organizationId)
  return groups
    .filter((group) => group.isActive || group.id === currentId)
    .map((group) => ({ id: group.id, name: group.name }))
}
