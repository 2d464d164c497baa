import { NotificationLogSchema } from '#database/schema'

export default class NotificationLog extends NotificationLogSchema {
  declare status: 'sent' | 'failed'
}
