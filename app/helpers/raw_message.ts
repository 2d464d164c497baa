import type { HttpContext } from '@adonisjs/core/http'
import type MailMessage from '#models/mail_message'
import MailMessageService from '#services/mail_channel/mail_message_service'

/**
 * A fetched message as it arrived, as an .eml download: admins (API and
 * web) and the desk's "Original e-mail" link send it the same way. Never
 * inline: a browser must not render a stranger's mail on our origin.
 */
export async function sendRawMessage({ response }: HttpContext, message: MailMessage) {
  response.header('Content-Type', 'message/rfc822')
  response.header('X-Content-Type-Options', 'nosniff')
  response.header('Cache-Control', 'private, no-store')
  response.header('Content-Disposition', `attachment; filename="${message.id}.eml"`)
  return response.stream(await MailMessageService.raw(message))
}
