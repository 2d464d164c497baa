import type { HttpContext } from '@adonisjs/core/http'
import MailMessageService from '#services/mail_channel/mail_message_service'
import MailMessageTransformer from '#transformers/mail_message_transformer'
import { mailMessageFiltersValidator } from '#validators/mailbox'
import { actorContext } from '#services/request_context'
import { apiJson, renameFields } from '#helpers/api_json'
import { sendRawMessage } from '#helpers/raw_message'
import { requestedMailbox } from '#helpers/requested_mailbox'

/** /api/v1/admin/mailboxes/:id/messages: what a mailbox fetched, and the dead-letter list. */
export default class MailboxMessagesController {
  async index(ctx: HttpContext) {
    const mailbox = await this.mailbox(ctx)
    const filters = await mailMessageFiltersValidator.validate(ctx.request.qs()).catch(renameFields)
    const page = await MailMessageService.list(mailbox, filters)
    return apiJson(ctx, MailMessageTransformer.paginate(page.all(), page.getMeta()))
  }

  async raw(ctx: HttpContext) {
    const mailbox = await this.mailbox(ctx)
    return sendRawMessage(ctx, await MailMessageService.find(mailbox, ctx.params.messageId))
  }

  async retry(ctx: HttpContext) {
    const mailbox = await this.mailbox(ctx)
    const message = await MailMessageService.find(mailbox, ctx.params.messageId)
    const after = await MailMessageService.retry(message, actorContext(ctx)).catch(renameFields)
    return apiJson(ctx, MailMessageTransformer.transform(after))
  }

  private mailbox(ctx: HttpContext) {
    return requestedMailbox(ctx)
  }
}
