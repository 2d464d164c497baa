import type { HttpContext } from '@adonisjs/core/http'
import { availabilityValidator } from '#validators/availability'
import AvailabilityService from '#services/availability_service'
import UserPolicy from '#policies/user_policy'
import { actorContext } from '#services/request_context'

/** The desk header's switch: at the desk, or away (optionally until a time). */
export default class AvailabilityController {
  async update(ctx: HttpContext) {
    const { request, auth, bouncer, response } = ctx
    const user = auth.getUserOrFail()
    await bouncer.with(UserPolicy).authorize('setAvailability', user)
    const input = await request.validateUsing(availabilityValidator, {
      meta: await AvailabilityService.validationMeta(user),
    })
    await AvailabilityService.set(user, input, actorContext(ctx))
    // No toast: the switch shows the new state, and a toast would sit on top of it.
    return response.redirect().back()
  }
}
