import type MailMessage from '#models/mail_message'
import type { ActorContext } from '#services/request_context'

/**
 * Turns a recorded message into a ticket, a reply, or an ignored or held
 * entry (issue 17). Being written: the fetcher and the ingest land next.
 */
export default class MailProcessor {
  /**
   * Processes a failed or held message again from its raw copy in Drive
   * (the dead-letter list's "Retry", a held message's "Release"). Answers
   * the message as it now stands.
   */
  static async retry(_message: MailMessage, _context: ActorContext): Promise<MailMessage> {
    throw new Error('MailProcessor.retry is not written yet')
  }
}
