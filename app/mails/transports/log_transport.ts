import logger from '@adonisjs/core/services/logger'
import { JSONTransport } from '@adonisjs/mail/transports/json'
import type { MailTransportContract, NodeMailerMessage } from '@adonisjs/mail/types'

function addresses(value: NodeMailerMessage['to']) {
  return (value ?? [])
    .map((entry) => (typeof entry === 'string' ? entry : entry.address))
    .join(', ')
}

/**
 * The mailer when no SMTP_HOST is configured (development only; production
 * requires one): each e-mail is written to the log, text body included, so
 * a developer can follow an invitation or reset link without a mail server,
 * and the worker does not retry against a server that is not there.
 */
export default class LogTransport implements MailTransportContract {
  #json = new JSONTransport()

  async send(message: NodeMailerMessage) {
    const response = await this.#json.send(message)
    logger.info(
      { to: addresses(message.to), subject: message.subject },
      `e-mail not sent (no SMTP_HOST), logged instead:\n${String(message.text ?? '')}`
    )
    return response
  }
}
