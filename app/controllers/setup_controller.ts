import type { HttpContext } from '@adonisjs/core/http'
import WebSessions from '#services/sessions/web_sessions'
import NotFoundException from '#exceptions/not_found_exception'
import { setupValidator } from '#validators/auth'
import SetupService from '#services/setup_service'
import { actorContext } from '#services/request_context'
import { PASSWORD_RULES_TEXT } from '#validators/rules/password_strength'
import { translatorFor } from '#i18n/negotiation'

/**
 * /setup exists only until the first admin does; afterwards it is a 404.
 */
export default class SetupController {
  async show({ inertia }: HttpContext) {
    if (await SetupService.isComplete()) {
      throw new NotFoundException()
    }
    return inertia.render('setup/show', { passwordRules: PASSWORD_RULES_TEXT })
  }

  async store(ctx: HttpContext) {
    if (await SetupService.isComplete()) {
      throw new NotFoundException()
    }
    const input = await ctx.request.validateUsing(setupValidator)
    const admin = await SetupService.complete(input, actorContext(ctx, null))
    if (!admin) {
      throw new NotFoundException()
    }
    await ctx.auth.use('web').login(admin)
    await WebSessions.begin(ctx, admin)
    const { t } = await translatorFor(admin)
    ctx.session.flash(
      'success',
      t('Welcome to Switchboard, {name}. Your helpdesk is ready.', { name: admin.name })
    )
    return ctx.response.redirect().toRoute('admin.dashboard.show')
  }
}
