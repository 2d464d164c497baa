import app from '@adonisjs/core/services/app'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'
import { apiErrorResponse, isApiRequest } from '#exceptions/api_error'
import FormError from '#exceptions/form_error'
import Translator from '#i18n/translator'

export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = !app.inProduction

  /**
   * 400 (an address with characters that cannot be stored), 403 and 404
   * are friendly pages everywhere; the 500 page replaces the
   * stack trace only outside development. A 503 (the session store is
   * unreachable) is a passing outage, not a bug: it says so everywhere.
   */
  protected renderStatusPages = true

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '400': (error, { inertia }) =>
      inertia.render('errors/bad_request', {
        message: error.code === 'E_BAD_REQUEST' ? error.message : null,
      }),
    '403': (_, { inertia }) => inertia.render('errors/forbidden', {}),
    '404': (_, { inertia }) => inertia.render('errors/not_found', {}),
    ...(app.inDev
      ? { '503': (_, { inertia }) => inertia.render('errors/unavailable', {}) }
      : {
          '500..599': ((error, { inertia }) =>
            inertia.render(
              error.status === 503 ? 'errors/unavailable' : 'errors/server_error',
              {}
            )) as StatusPageRenderer,
        }),
  }

  async handle(error: unknown, ctx: HttpContext) {
    if (error instanceof FormError) {
      error.localize((ctx.translator ?? Translator.english).t)
    }
    if (isApiRequest(ctx)) {
      const { status, body } = apiErrorResponse(error, ctx)
      return ctx.response.status(status).send(body)
    }
    return super.handle(error, ctx)
  }
}
