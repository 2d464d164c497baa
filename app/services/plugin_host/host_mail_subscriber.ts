import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import logger from '@adonisjs/core/services/logger'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import Ticket from '#models/ticket'
import User from '#models/user'
import { asBuiltinContext, definePlugin, type EventContext } from '#platform/define_plugin'
import PluginMail from '#mails/plugin_mail'
import { threadIds } from '#services/notifications/notification_sender'
import RecipientLocale from '#services/notifications/recipient_locale'
import { markdownToText } from '#services/tickets/markdown'

/** What `context.mail.send` queues: one `host.mail` event per call. */
export type HostMailPayload = {
  plugin: { id: string; name: string }
  ticketId: number | null
  subject: string
  markdown: string
  html: string
  recipients: { userId: number; email: string; name: string }[]
}

const domain = new URL(appUrl).hostname

/**
 * Sends the e-mails a plugin queued, on the core's reliable mail path: one
 * step per recipient (a retried delivery does not mail twice), one
 * notification_logs row each. People deactivated in the meantime are
 * skipped.
 */
async function sendHostMail(payload: HostMailPayload, eventContext: EventContext<unknown>) {
  const context = asBuiltinContext(eventContext)
  const organizationId = context.organizationId
  const event = context.event
  const ticket = payload.ticketId
    ? await Ticket.query()
        .withScopes((scopes) => scopes.forOrganization(organizationId))
        .where('id', payload.ticketId)
        .first()
    : null
  const users = await User.query()
    .withScopes((scopes) => scopes.forOrganization(organizationId))
    .whereIn(
      'id',
      payload.recipients.map((recipient) => recipient.userId)
    )
  const locales = await RecipientLocale.forOrganization(organizationId, users)
  for (const user of users.filter((candidate) => candidate.isActive)) {
    const to = { userId: user.id, email: user.email, name: user.name }
    const ids = ticket
      ? threadIds(ticket.id, event.id, 'plugin_mail', to)
      : { own: `<plugin-mail.event-${event.id}.u${user.id}@${domain}>`, root: null }
    const mailable = new PluginMail({
      to,
      locale: await locales.of(to),
      pluginName: payload.plugin.name,
      subject: payload.subject,
      html: payload.html,
      text: markdownToText(payload.markdown),
      ticket: ticket
        ? {
            reference: ticket.reference,
            link: new URL(
              urlFor(user.isStaff ? 'desk.tickets.show' : 'portal.tickets.show', {
                id: ticket.id,
              }),
              appUrl
            ).href,
          }
        : null,
      ids: { messageId: ids.own, root: ids.root },
    })
    const logRow = (status: 'sent' | 'failed', error: string | null = null) => ({
      organization_id: organizationId,
      ticket_id: ticket?.id ?? null,
      user_id: user.id,
      delivery_id: context.deliveryId,
      kind: 'plugin_mail',
      recipient: user.email,
      subject: mailable.subject.slice(0, 300),
      message_id: ids.own,
      status,
      error,
      created_at: new Date(),
    })
    try {
      await context.callOnce(
        `mail:plugin:u${user.id}`,
        () => mail.send(mailable),
        async (trx) => {
          await trx.table('notification_logs').insert(logRow('sent'))
        }
      )
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      logger.warn({ err: error, to: user.email, plugin: payload.plugin.id }, 'plugin mail not sent')
      await db.table('notification_logs').insert(logRow('failed', reason.slice(0, 2000)))
      throw error
    }
  }
}

/**
 * The built-in that receives `host.mail` (an internal event no plugin can
 * subscribe to), registered at boot by providers/plugin_provider.ts.
 */
export default definePlugin({
  id: 'host-mail',
  name: 'Plugin mail',
  version: '1.0.0',
  description: 'Sends the e-mails plugins queue through context.mail.',
  requires: { core: '*' },
  register(hooks) {
    hooks.on('host.mail' as never, (payload: unknown, context) =>
      sendHostMail(payload as HostMailPayload, context as EventContext<unknown>)
    )
  },
})
