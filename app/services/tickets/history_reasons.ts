import type TicketHistory from '#models/ticket_history'
import type Translator from '#i18n/translator'
import { restoreMessage } from '#i18n/stored_message'

/**
 * Puts the reasons of automatic assignments into the reader's language,
 * where TicketHistoryTransformer finds them. Only staff pages and answers
 * call this: a reason names colleagues who were skipped and why, which is
 * no business of the requester (their timeline shows the assignment alone).
 */
export function explainReasons(entries: TicketHistory[], t: Translator['t']) {
  for (const entry of entries) {
    if (entry.reason) {
      entry.$extras.reason_text = t(restoreMessage(entry.reason, entry.reasonParams))
    }
  }
  return entries
}
