import db from '@adonisjs/lucid/services/db'
import vine from '@vinejs/vine'
import { HostValidationError } from '#platform/errors'
import type { HostScope, MailHost, MailMessage } from '#platform/host'
import Outbox from '#platform/outbox'
import { renderMarkdown } from '#services/tickets/markdown'
import { asHostCall, assertOwned } from '#services/plugin_host/host_support'
import type { HostMailPayload } from '#services/plugin_host/host_mail_subscriber'

const messageValidator = vine.create({
  subject: vine.string().trim().minLength(1).maxLength(200),
  markdown: vine.string().trim().minLength(1).maxLength(20_000),
  ticketId: vine.number().withoutDecimals().positive().optional(),
})

/**
 * `context.mail.send`: checks the message and its recipients, then queues
 * it as one `host.mail` event, which the host-mail core subscriber sends
 * on the worker, one mail and one notification_logs row per person.
 */
export function mailHost(scope: HostScope): MailHost {
  return {
    async send(message: MailMessage) {
      const data = await asHostCall(() => messageValidator.validate(message))
      if (!Array.isArray(message.to) || message.to.length === 0) {
        throw new HostValidationError({ to: 'at least one user or group' })
      }
      await assertOwned(scope, 'ticket', data.ticketId)
      const userIds: number[] = []
      const groupIds: number[] = []
      for (const recipient of message.to) {
        if (recipient && 'userId' in recipient) {
          await assertOwned(scope, 'user', recipient.userId)
          userIds.push(recipient.userId)
        } else if (recipient && 'groupId' in recipient) {
          await assertOwned(scope, 'group', recipient.groupId)
          groupIds.push(recipient.groupId)
        } else {
          throw new HostValidationError({ to: 'each recipient is { userId } or { groupId }' })
        }
      }
      const recipients = await db
        .from('users')
        .where('organization_id', scope.organizationId)
        .where('is_active', true)
        .where((query) =>
          query
            .whereIn('id', userIds)
            .orWhereIn(
              'id',
              db.from('group_members').whereIn('group_id', groupIds).select('user_id')
            )
        )
        .orderBy('id')
        .select('id', 'email', 'name')
      if (recipients.length === 0) {
        return { queued: 0 }
      }
      const payload: HostMailPayload = {
        plugin: { id: scope.pluginId, name: scope.pluginName },
        ticketId: data.ticketId ?? null,
        subject: data.subject,
        markdown: data.markdown,
        html: renderMarkdown(data.markdown),
        recipients: recipients.map((row) => ({
          userId: Number(row.id),
          email: row.email,
          name: row.name,
        })),
      }
      await db.transaction((trx) =>
        Outbox.recordInternal(trx, scope.organizationId, 'host.mail', payload)
      )
      return { queued: recipients.length }
    },
  }
}
