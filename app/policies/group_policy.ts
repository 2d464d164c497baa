import type User from '#models/user'
import type Group from '#models/group'
import AppPolicy from '#policies/base'

export default class GroupPolicy extends AppPolicy {
  viewAny(user: User) {
    return user.isAdmin
  }

  create(user: User) {
    return user.isAdmin
  }

  update(user: User, group: Group) {
    return this.isAdminOf(user, group)
  }

  delete(user: User, group: Group) {
    return this.isAdminOf(user, group)
  }

  manageMembers(user: User, group: Group) {
    return this.isAdminOf(user, group)
  }
}
