import type User from '#models/user'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * A user as others see them (lists, pickers, audit actors).
 */
export default class UserTransformer extends BaseTransformer<User> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'name', 'email', 'role', 'department', 'isActive']),
      hasPassword: this.resource.password !== null,
      lastSignInAt: this.resource.lastSignInAt?.toISO() ?? null,
      createdAt: this.resource.createdAt.toISO()!,
    }
  }
}
