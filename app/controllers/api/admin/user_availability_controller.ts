import type { HttpContext } from '@adonisjs/core/http'
import { apiAvailabilityValidator } from '#validators/availability'
import AvailabilityService from '#services/availability_service'
import UserService from '#services/user_service'
import UserPolicy from '#policies/user_policy'
import { actorContext } from '#services/request_context'
import { availabilityJson } from '#helpers/availability_json'

/** PUT /api/v1/admin/users/:id/availability: an admin marks someone away (a vacation) or back. */
export default class UserAvailabilityController {
  async update(ctx: HttpContext) {
    const target = await UserService.findInOrganization(
      ctx.auth.getUserOrFail().organizationId,
      ctx.params.id
    )
    await ctx.bouncer.with(UserPolicy).authorize('setAvailability', target)
    const input = await ctx.request.validateUsing(apiAvailabilityValidator, {
      meta: await AvailabilityService.validationMeta(target),
    })
    await AvailabilityService.set(
      target,
      { available: input.available, awayUntil: input.away_until },
      actorContext(ctx)
    )
    return ctx.response.json({ data: availabilityJson(target) })
  }
}
