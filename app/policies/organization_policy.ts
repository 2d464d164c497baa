import type User from '#models/user'
import type Organization from '#models/organization'
import { BasePolicy } from '@adonisjs/bouncer'

export default class OrganizationPolicy extends BasePolicy {
  update(user: User, organization: Organization) {
    return user.isAdmin && user.organizationId === organization.id
  }
}
