import type User from '#models/user'
import type EventDelivery from '#models/event_delivery'
import AppPolicy from '#policies/base'

/**
 * Plugins are discovered for the whole install, but each organization
 * switches and configures them for itself: that is its admins' work.
 */
export default class PluginPolicy extends AppPolicy {
  viewAny(user: User) {
    return user.isAdmin
  }

  /** Enable, disable and configure, for the admin's own organization. */
  manage(user: User) {
    return user.isAdmin
  }

  retryDelivery(user: User, delivery: EventDelivery) {
    return this.isAdminOf(user, delivery)
  }
}
