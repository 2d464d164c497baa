import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'

/**
 * Shared checks. Every record-level rule starts from "same organization":
 * nothing crosses tenants, whatever the role.
 */
export default abstract class AppPolicy extends BasePolicy {
  protected isAdminOf(user: User, record: { organizationId: number }) {
    return user.isAdmin && user.organizationId === record.organizationId
  }
}
