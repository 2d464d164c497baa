import type { HttpContext } from '@adonisjs/core/http'
import { signInValidator } from '#validators/auth'
import SignInService, {
  DIRECTORY_UNREACHABLE,
  DirectoryUnreachable,
} from '#services/sign_in_service'
import { TooManyAttempts, humanWait } from '#services/sign_in_throttle'
import { actorContext } from '#services/request_context'
import { homeRouteFor } from '#services/areas'
import FormError from '#exceptions/form_error'
import WebSessions from '#services/sessions/web_sessions'
import { msg } from '#i18n/message'

const INVALID = msg('These credentials do not match an active account.')

export default class SessionController {
  async create({ inertia }: HttpContext) {
    return inertia.render('auth/login', {})
  }

  async store(ctx: HttpContext) {
    const { request, response, auth } = ctx
    const { email, password, remember } = await request.validateUsing(signInValidator)

    try {
      const user = await SignInService.verify(email, password, actorContext(ctx, null))
      if (!user) {
        throw new FormError('email', INVALID, 'credentials')
      }
      await auth.use('web').login(user, !!remember)
      await WebSessions.begin(ctx, user)
      return response.redirect().toIntendedRoute(homeRouteFor(user.role))
    } catch (error) {
      if (error instanceof DirectoryUnreachable) {
        throw new FormError('email', DIRECTORY_UNREACHABLE, 'directory_unreachable')
      }
      if (error instanceof TooManyAttempts) {
        throw new FormError(
          'email',
          msg('Too many sign-in attempts. Try again in {wait}.', {
            wait: humanWait(error.retryAfterSeconds),
          }),
          'throttle'
        )
      }
      throw error
    }
  }

  async destroy(ctx: HttpContext) {
    await WebSessions.signOut(ctx)
    ctx.session.flash('success', ctx.translator.t('You have been signed out.'))
    return ctx.response.redirect().toRoute('session.create')
  }
}
