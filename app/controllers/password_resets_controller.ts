import type { HttpContext } from '@adonisjs/core/http'
import { resetPasswordValidator } from '#validators/auth'
import PasswordResetService, { InvalidResetLink } from '#services/password_reset_service'
import { actorContext } from '#services/request_context'
import { PASSWORD_RULES_TEXT } from '#validators/rules/password_strength'

export default class PasswordResetsController {
  async edit({ inertia, params }: HttpContext) {
    const found = await PasswordResetService.findUser(params.token)
    return inertia.render('auth/reset_password', {
      token: params.token as string,
      valid: found !== null,
      purpose: found?.purpose ?? 'reset',
      email: found?.user.email ?? null,
      passwordRules: PASSWORD_RULES_TEXT,
    })
  }

  async update(ctx: HttpContext) {
    const { token, password } = await ctx.request.validateUsing(resetPasswordValidator)
    try {
      await PasswordResetService.reset(token, password, actorContext(ctx, null))
    } catch (error) {
      if (error instanceof InvalidResetLink) {
        ctx.session.flash('error', ctx.translator.t(error.translatable))
        return ctx.response.redirect().toRoute('password_reset_requests.create')
      }
      throw error
    }
    ctx.session.flash('success', ctx.translator.t('Your password is set. Sign in with it now.'))
    return ctx.response.redirect().toRoute('session.create')
  }
}
