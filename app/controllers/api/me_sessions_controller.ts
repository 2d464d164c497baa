import type { HttpContext } from '@adonisjs/core/http'
import SignIns from '#services/sessions/sign_ins'
import { snakeKeys } from '#helpers/api_json'
import { actorContext } from '#services/request_context'
import NotFoundException from '#exceptions/not_found_exception'

/** GET/DELETE /api/v1/me/sessions: the caller's browser sessions and API sign-ins. */
export default class MeSessionsController {
  async index(ctx: HttpContext) {
    const user = ctx.auth.use('api').getUserOrFail()
    const signIns = await SignIns.list(user, { familyId: user.currentAccessToken.name })
    return ctx.response.json({ data: snakeKeys(signIns) })
  }

  async destroy(ctx: HttpContext) {
    const user = ctx.auth.use('api').getUserOrFail()
    if (!(await SignIns.end(user, String(ctx.params.handle), actorContext(ctx)))) {
      throw new NotFoundException()
    }
    return ctx.response.noContent()
  }

  async destroyOthers(ctx: HttpContext) {
    const user = ctx.auth.use('api').getUserOrFail()
    await SignIns.endOthers(user, { familyId: user.currentAccessToken.name }, actorContext(ctx))
    return ctx.response.noContent()
  }
}
