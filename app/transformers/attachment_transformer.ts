import type Attachment from '#models/attachment'
import { BaseTransformer } from '@adonisjs/core/transformers'

export default class AttachmentTransformer extends BaseTransformer<Attachment> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'ticketId',
        'commentId',
        'fileName',
        'contentType',
        'size',
      ]),
      createdAt: this.resource.createdAt.toISO()!,
    }
  }
}
