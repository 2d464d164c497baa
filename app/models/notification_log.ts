import { NotificationLogSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'

export default class NotificationLog extends compose(NotificationLogSchema, OrganizationOwned) {
  declare status: 'sent' | 'failed' | 'bounced'
}
