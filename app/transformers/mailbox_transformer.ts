import type Mailbox from '#models/mailbox'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * A mailbox as admins see it. The password never leaves the server, not
 * even encrypted: `passwordSet` says whether there is one. The API names
 * the account `user`, as the set-up scripts send it.
 */
export default class MailboxTransformer extends BaseTransformer<Mailbox> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'name',
        'host',
        'port',
        'tls',
        'verifyCertificates',
        'folder',
        'groupId',
        'afterFetch',
        'moveTo',
        'allowCcReplies',
        'loopLimit',
        'loopWindowMinutes',
        'isActive',
        'lastFetchedAt',
        'lastError',
        'createdAt',
        'updatedAt',
      ]),
      user: this.resource.username,
      passwordSet: this.resource.passwordSet,
    }
  }
}
