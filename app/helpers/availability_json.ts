import type User from '#models/user'
import AvailabilityService from '#services/availability_service'

/** An availability as the API answers it. */
export function availabilityJson(user: User) {
  const view = AvailabilityService.view(user)
  return { user_id: user.id, available: view.available, away_until: view.awayUntil }
}
