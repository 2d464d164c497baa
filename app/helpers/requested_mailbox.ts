import type { HttpContext } from '@adonisjs/core/http'
import MailboxPolicy from '#policies/mailbox_policy'
import MailboxService from '#services/mail_channel/mailbox_service'

/**
 * The mailbox a request names by `:id`: one of the signed-in admin's
 * organization (another's is a 404, never a 403 that would confirm it
 * exists) and theirs to manage. Every mailbox route, web and API, starts here.
 */
export async function requestedMailbox({ params, bouncer, auth }: HttpContext) {
  const mailbox = await MailboxService.find(auth.getUserOrFail().organizationId, params.id)
  await bouncer.with(MailboxPolicy).authorize('manage', mailbox)
  return mailbox
}
