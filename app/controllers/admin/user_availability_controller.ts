import type { HttpContext } from '@adonisjs/core/http'
import { availabilityValidator } from '#validators/availability'
import AvailabilityService from '#services/availability_service'
import UserService from '#services/user_service'
import UserPolicy from '#policies/user_policy'
import { actorContext } from '#services/request_context'

/** Admin → Users → a person: away until a date (a vacation), or back now. */
export default class UserAvailabilityController {
  async update(ctx: HttpContext) {
    const { request, auth, bouncer, params, session, response, translator } = ctx
    const target = await UserService.findInOrganization(
      auth.getUserOrFail().organizationId,
      params.id
    )
    await bouncer.with(UserPolicy).authorize('setAvailability', target)
    const input = await request.validateUsing(availabilityValidator, {
      meta: await AvailabilityService.validationMeta(target),
    })
    await AvailabilityService.set(target, input, actorContext(ctx))
    session.flash('success', translator.t('Availability saved.'))
    return response.redirect().back()
  }
}
