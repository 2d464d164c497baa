import type TicketComment from '#models/ticket_comment'
import { BaseTransformer } from '@adonisjs/core/transformers'
import AttachmentTransformer from '#transformers/attachment_transformer'
import { pluginName } from '#services/plugin_names'

export default class TicketCommentTransformer extends BaseTransformer<TicketComment> {
  toObject() {
    const comment = this.resource
    return {
      ...this.pick(comment, ['id', 'body', 'bodyHtml', 'isInternal', 'authorId']),
      author: comment.$preloaded.author
        ? { id: comment.author.id, name: comment.author.name, role: comment.author.role }
        : null,
      /** The plugin that wrote it through the host API (then `author` is null). */
      plugin: comment.authorPlugin
        ? { id: comment.authorPlugin, name: pluginName(comment.authorPlugin) }
        : null,
      attachments: comment.$preloaded.attachments
        ? AttachmentTransformer.transform(comment.attachments)
        : [],
      createdAt: comment.createdAt.toISO()!,
    }
  }
}
