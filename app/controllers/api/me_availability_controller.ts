import type { HttpContext } from '@adonisjs/core/http'
import { apiAvailabilityValidator } from '#validators/availability'
import AvailabilityService from '#services/availability_service'
import UserPolicy from '#policies/user_policy'
import { actorContext } from '#services/request_context'
import { availabilityJson } from '#helpers/availability_json'

/** PUT /api/v1/me/availability: an agent or admin is at the desk, or away (until a time). */
export default class MeAvailabilityController {
  async update(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    await ctx.bouncer.with(UserPolicy).authorize('setAvailability', user)
    const input = await ctx.request.validateUsing(apiAvailabilityValidator, {
      meta: await AvailabilityService.validationMeta(user),
    })
    await AvailabilityService.set(
      user,
      { available: input.available, awayUntil: input.away_until },
      actorContext(ctx)
    )
    return ctx.response.json({ data: availabilityJson(user) })
  }
}
