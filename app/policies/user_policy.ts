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

  /** Staff set their own availability; an admin sets any agent's or admin's in the organization. */
  setAvailability(user: User, target: User) {
    return (
      target.isStaff && ((user.isStaff && user.id === target.id) || this.isAdminOf(user, target))
    )
  }

  deactivate(user: User, target: User) {
    return this.isAdminOf(user, target) && user.id !== target.id
  }
}
