import db from '@adonisjs/lucid/services/db'

/** A bounce naming only the recipient matches a notification sent to them this recently. */
const RECIPIENT_WINDOW_DAYS = 3

/**
 * Marks the notification a bounce is about as bounced (issue 17, point 5):
 * by the returned original's Message-ID (our notification ids are unique
 * per mail), else, for the reports that leave the original out, by the
 * failed recipient's latest notification of the last few days. Answers how
 * many log rows it marked.
 */
export default class BounceMarker {
  static async mark(
    organizationId: number,
    report: { originalMessageIds: string[]; failedRecipients: string[] }
  ) {
    const now = new Date()
    if (report.originalMessageIds.length) {
      const marked = await db
        .from('notification_logs')
        .where('organization_id', organizationId)
        .whereIn('message_id', report.originalMessageIds.map(bracketed))
        .where('status', 'sent')
        .update({ status: 'bounced', bounced_at: now })
      if (Number(marked) > 0) return Number(marked)
    }
    let marked = 0
    for (const recipient of report.failedRecipients) {
      const result = await db.rawQuery(
        `UPDATE notification_logs SET status = 'bounced', bounced_at = ?
          WHERE id = (
            SELECT id FROM notification_logs
             WHERE organization_id = ? AND lower(recipient) = ? AND status = 'sent'
               AND created_at > now() - make_interval(days => ?)
             ORDER BY created_at DESC, id DESC LIMIT 1)
          RETURNING id`,
        [now, organizationId, recipient.toLowerCase(), RECIPIENT_WINDOW_DAYS]
      )
      marked += result.rows.length
    }
    return marked
  }
}

/** notification_logs keeps ids with their angle brackets, as they go out in the header. */
function bracketed(id: string) {
  const bare = id.trim().replace(/^<|>$/g, '')
  return `<${bare}>`
}
