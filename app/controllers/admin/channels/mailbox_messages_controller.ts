import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import MailMessageService from '#services/mail_channel/mail_message_service'
import MailMessageTransformer from '#transformers/mail_message_transformer'
import MailboxTransformer from '#transformers/mailbox_transformer'
import { mailMessageFiltersValidator } from '#validators/mailbox'
import { actorContext } from '#services/request_context'
import { sendRawMessage } from '#helpers/raw_message'
import FormError from '#exceptions/form_error'
import { requestedMailbox } from '#helpers/requested_mailbox'

/** A mailbox's Messages tab: what it fetched, held mail and the dead-letter list. */
export default class MailboxMessagesController {
  async index(ctx: HttpContext) {
    const mailbox = await this.mailbox(ctx)
    const [, parsed] = await mailMessageFiltersValidator.tryValidate(ctx.request.qs())
    const filters = parsed ?? {}
    const page = await MailMessageService.list(mailbox, filters)
    return ctx.inertia.render('admin/channels/email/messages', {
      mailbox: MailboxTransformer.transform(mailbox),
      messages: MailMessageTransformer.paginate(page.all(), page.getMeta()),
      filters: { status: filters.status ?? '' },
    })
  }

  async raw(ctx: HttpContext) {
    const mailbox = await this.mailbox(ctx)
    return sendRawMessage(ctx, await MailMessageService.find(mailbox, ctx.params.messageId))
  }

  /** "Retry" for a failed message, "Release" for a held one: both process it again. */
  async retry(ctx: HttpContext) {
    const { params, session, response, translator } = ctx
    const mailbox = await this.mailbox(ctx)
    const message = await MailMessageService.find(mailbox, params.messageId)
    const wasHeld = message.status === 'held'
    try {
      const after = await MailMessageService.retry(message, actorContext(ctx))
      session.flash(
        after.status === 'failed' ? 'error' : 'success',
        after.status === 'failed'
          ? translator.t('The message failed again: {error}', { error: after.error ?? '' })
          : wasHeld
            ? translator.t('The message was released.')
            : translator.t('The message was processed again.')
      )
    } catch (error) {
      if (error instanceof FormError) {
        session.flash('error', translator.t(error.translatable))
      } else {
        logger.error({ err: error, mailMessageId: message.id }, 'mail message retry failed')
        session.flash(
          'error',
          translator.t('The message could not be processed: {error}', {
            error: (error as Error).message,
          })
        )
      }
    }
    // Back to the list the admin was looking at (the dead letters, most likely).
    const [, list] = await mailMessageFiltersValidator.tryValidate({
      status: ctx.request.input('status') || undefined,
    })
    return response
      .redirect()
      .toRoute(
        'admin.mailbox_messages.index',
        { id: mailbox.id },
        list?.status ? { qs: { status: list.status } } : undefined
      )
  }

  private mailbox(ctx: HttpContext) {
    return requestedMailbox(ctx)
  }
}
