import type User from '#models/user'
import { BaseTransformer } from '@adonisjs/core/transformers'
import { preferencesOf } from '#services/notifications/notification_kinds'
import AvailabilityService from '#services/availability_service'

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
      availability: AvailabilityService.view(this.resource),
    }
  }

  /** The signed-in user about themselves (GET /api/v1/me): also their own settings. */
  forSelf() {
    return { ...this.toObject(), notificationPreferences: preferencesOf(this.resource) }
  }
}
