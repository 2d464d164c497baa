import vine from '@vinejs/vine'
import type { NotificationKind } from '#platform/catalogue'

/**
 * One switch per kind, named as the kind: the profile form sends "true" or
 * "false" for each kind it shows, the API JSON booleans for the kinds it
 * changes. A kind left out keeps its value. Shared by the profile page and
 * PUT /api/v1/me/notification-preferences.
 */
const choice = () => vine.boolean().optional()

const kinds = {
  ticket_created_receipt: choice(),
  ticket_status_changed: choice(),
  ticket_replied: choice(),
  ticket_created_group: choice(),
  ticket_assigned: choice(),
  ticket_customer_replied: choice(),
} satisfies Record<NotificationKind, ReturnType<typeof choice>>

export const notificationPreferencesValidator = vine.create(kinds)
