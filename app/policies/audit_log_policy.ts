import type User from '#models/user'
import { BasePolicy } from '@adonisjs/bouncer'

export default class AuditLogPolicy extends BasePolicy {
  viewAny(user: User) {
    return user.isAdmin
  }
}
