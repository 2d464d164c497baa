import type User from '#models/user'
import AppPolicy from '#policies/base'

export default class UserPolicy extends AppPolicy {
  viewAny(user: User) {
    return user.isAdmin
  }

  create(user: User) {
    return user.isAdmin
  }

  update(user: User, target: User) {
    return this.isAdminOf(user, target)
  }

  /** Admins cannot change their own role or deactivate themselves: no lock-outs. */
  changeRole(user: User, target: User) {
    return this.isAdminOf(user, target) && user.id !== target.id
  }

  deactivate(user: User, target: User) {
    return this.isAdminOf(user, target) && user.id !== target.id
  }
}
