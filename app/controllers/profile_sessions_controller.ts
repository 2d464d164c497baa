import type { HttpContext } from '@adonisjs/core/http'
import SignIns from '#services/sessions/sign_ins'
import WebSessions, { sessionHandle } from '#services/sessions/web_sessions'
import { actorContext } from '#services/request_context'
import NotFoundException from '#exceptions/not_found_exception'

/** The "Where you are signed in" list on the profile page. */
export default class ProfileSessionsController {
  async destroy(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    if (ctx.params.handle === sessionHandle(ctx.session.sessionId)) {
      await WebSessions.signOut(ctx)
      ctx.session.flash('success', ctx.translator.t('You have been signed out.'))
      return ctx.response.redirect().toRoute('session.create')
    }
    const ended = await SignIns.end(user, String(ctx.params.handle), actorContext(ctx))
    if (!ended) {
      throw new NotFoundException()
    }
    ctx.session.flash('success', ctx.translator.t('That device has been signed out.'))
    return ctx.response.redirect().back()
  }

  async destroyOthers(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    const validFrom = await SignIns.endOthers(
      user,
      { sessionId: ctx.session.sessionId },
      actorContext(ctx)
    )
    WebSessions.keepCurrent(ctx, validFrom)
    ctx.session.flash('success', ctx.translator.t('You have been signed out everywhere else.'))
    return ctx.response.redirect().back()
  }
}
