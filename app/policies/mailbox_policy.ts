import type User from '#models/user'
import type Mailbox from '#models/mailbox'
import AppPolicy from '#policies/base'

/** Mailboxes hold mail-server credentials and decide where mail lands: admins only. */
export default class MailboxPolicy extends AppPolicy {
  viewAny(user: User) {
    return user.isAdmin
  }

  create(user: User) {
    return user.isAdmin
  }

  manage(user: User, mailbox: Mailbox) {
    return this.isAdminOf(user, mailbox)
  }
}
