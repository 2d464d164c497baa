import type { HttpContext } from '@adonisjs/core/http'
import { apiLoginValidator, apiRefreshValidator } from '#validators/api'
import SignInService, {
  DIRECTORY_UNREACHABLE,
  DirectoryUnreachable,
} from '#services/sign_in_service'
import ApiTokenService, { InvalidRefreshToken } from '#services/api_token_service'
import { TooManyAttempts, humanWait } from '#services/sign_in_throttle'
import { actorContext } from '#services/request_context'
import { errors as authErrors } from '@adonisjs/auth'
import { Exception } from '@adonisjs/core/exceptions'
import TooManyRequestsException from '#exceptions/too_many_requests_exception'
import User from '#models/user'
import ApiSignIns from '#services/sessions/api_sign_ins'
import { msg } from '#i18n/message'

export default class AuthController {
  async login(ctx: HttpContext) {
    const { email, password } = await ctx.request.validateUsing(apiLoginValidator)
    try {
      const user = await SignInService.verify(email, password, actorContext(ctx, null), 'api')
      if (!user) {
        throw new Exception('These credentials do not match an active account.', {
          status: 401,
          code: 'E_INVALID_CREDENTIALS',
        })
      }
      return ctx.response.json(await ApiTokenService.issue(user, actorContext(ctx, null)))
    } catch (error) {
      if (error instanceof DirectoryUnreachable) {
        throw Object.assign(
          new Exception(DIRECTORY_UNREACHABLE.toString(), {
            status: 503,
            code: 'E_DIRECTORY_UNREACHABLE',
          }),
          { translatable: DIRECTORY_UNREACHABLE }
        )
      }
      if (error instanceof TooManyAttempts) {
        throw new TooManyRequestsException(
          msg('Too many sign-in attempts. Try again in {wait}.', {
            wait: humanWait(error.retryAfterSeconds),
          }),
          error.retryAfterSeconds
        )
      }
      throw error
    }
  }

  async refresh(ctx: HttpContext) {
    const { refresh_token: token } = await ctx.request.validateUsing(apiRefreshValidator)
    try {
      return ctx.response.json(await ApiTokenService.refresh(token, actorContext(ctx, null)))
    } catch (error) {
      if (error instanceof InvalidRefreshToken) {
        throw new authErrors.E_UNAUTHORIZED_ACCESS(error.message, {
          guardDriverName: 'access_tokens',
        })
      }
      throw error
    }
  }

  async logout({ auth, response }: HttpContext) {
    const user = auth.use('api').getUserOrFail()
    const family = user.currentAccessToken.name
    if (family) {
      await ApiSignIns.revokeFamily(family)
    } else {
      await User.accessTokens.delete(user, user.currentAccessToken.identifier)
    }
    return response.noContent()
  }
}
