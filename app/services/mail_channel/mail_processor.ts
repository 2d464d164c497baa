import logger from '@adonisjs/core/services/logger'
import Mailbox from '#models/mailbox'
import MailMessage from '#models/mail_message'
import type { ActorContext } from '#services/request_context'
import AuditLogService from '#services/audit_log_service'
import MailRecorder from '#services/mail_channel/mail_recorder'
import MailIngest, { AlreadySettledError } from '#services/mail_channel/mail_ingest'
import FormError from '#exceptions/form_error'
import { msg } from '#i18n/message'

/**
 * Processes recorded messages, one at a time, and never lets one bad
 * message stop the ones after it (issue 17, point 6): whatever cannot be
 * parsed or processed becomes a dead letter (status failed, with the
 * error) that an admin can download and retry.
 */
export default class MailProcessor {
  static async process(message: MailMessage, mailbox: Mailbox, options = { releaseHold: false }) {
    await MailMessage.query()
      .withScopes((scopes) => scopes.forOrganization(message.organizationId))
      .where('id', message.id)
      .increment('attempts', 1)
    try {
      const raw = await MailRecorder.raw(message)
      await MailIngest.ingest(message, mailbox, raw, options)
    } catch (error) {
      if (error instanceof AlreadySettledError) {
        await message.refresh()
        return message
      }
      logger.warn({ err: error, mailMessage: message.id }, 'mail message failed')
      const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      await MailMessage.query()
        .withScopes((scopes) => scopes.forOrganization(message.organizationId))
        .where('id', message.id)
        .where('status', 'pending')
        .update({
          status: 'failed',
          error: text.slice(0, 4000),
          message_id: message.messageId,
          from_address: message.fromAddress,
          subject: message.subject,
          processed_at: new Date(),
          updated_at: new Date(),
        })
    }
    await message.refresh()
    return message
  }

  /**
   * Processes a failed or held message again from its raw copy in Drive
   * (the dead-letter list's "Retry", a held message's "Release"). Answers
   * the message as it now stands.
   */
  static async retry(message: MailMessage, context: ActorContext): Promise<MailMessage> {
    const was = message.status
    if (message.mailboxId === null) {
      // Its group and rules went with the mailbox; the .eml can still be downloaded.
      throw new FormError('status', msg('This message’s mailbox was deleted.'))
    }
    const reopened = await MailMessage.query()
      .withScopes((scopes) => scopes.forOrganization(message.organizationId))
      .where('id', message.id)
      .whereIn('status', ['failed', 'held'])
      .update({ status: 'pending', error: null, updated_at: new Date() })
    if (Number(reopened) === 0) {
      // Checked again here, atomically: two admins may press Retry at once.
      throw new FormError('status', msg('Only a failed or held message can be processed again.'))
    }
    await AuditLogService.record(context, {
      organizationId: message.organizationId,
      action: 'mailbox.message_retried',
      entityType: 'mailbox',
      entityId: message.mailboxId,
      newValues: { messageId: message.id, status: was },
    })
    await message.refresh()
    const mailbox = await Mailbox.query()
      .withScopes((scopes) => scopes.forOrganization(message.organizationId))
      .where('id', message.mailboxId!)
      .firstOrFail()
    return this.process(message, mailbox, { releaseHold: was === 'held' })
  }
}
