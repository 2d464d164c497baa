import type { HttpContext } from '@adonisjs/core/http'
import { forgotPasswordValidator } from '#validators/auth'
import PasswordResetService from '#services/password_reset_service'
import { actorContext } from '#services/request_context'

export default class PasswordResetRequestsController {
  async create({ inertia }: HttpContext) {
    return inertia.render('auth/forgot_password', {})
  }

  /** Same answer for known and unknown addresses: no account discovery. */
  async store(ctx: HttpContext) {
    const { email } = await ctx.request.validateUsing(forgotPasswordValidator)
    await PasswordResetService.request(email, actorContext(ctx, null))
    ctx.session.flash(
      'success',
      ctx.translator.t(
        'If an account exists for that address, a link to choose a new password is on its way.'
      )
    )
    return ctx.response.redirect().toRoute('session.create')
  }
}
