import type { HttpContext } from '@adonisjs/core/http'
import {
  changePasswordValidator,
  updateProfileValidator,
  updateThemeValidator,
} from '#validators/user'
import { notificationPreferencesValidator } from '#validators/notification_preferences'
import ProfileService from '#services/profile_service'
import { notificationChoices } from '#services/notifications/notification_kinds'
import { actorContext } from '#services/request_context'
import { SUPPORTED_LOCALES } from '#services/locales'
import { TIME_ZONES } from '#services/time_zones'
import { PASSWORD_RULES_TEXT } from '#validators/rules/password_strength'
import FormError from '#exceptions/form_error'
import SignIns from '#services/sessions/sign_ins'
import WebSessions from '#services/sessions/web_sessions'
import { translatorFor } from '#i18n/negotiation'
import { msg } from '#i18n/message'
import Organization from '#models/organization'

export default class ProfileController {
  async edit({ inertia, auth, session }: HttpContext) {
    const user = auth.getUserOrFail()
    const organization = await Organization.findOrFail(user.organizationId)
    return inertia.render('profile/edit', {
      signIns: await SignIns.list(user, { sessionId: session.sessionId }),
      profile: {
        name: user.name,
        email: user.email,
        locale: user.locale,
        timezone: user.timezone,
        theme: user.theme,
        hasPassword: user.password !== null,
        authSource: user.authSource,
      },
      locales: [...SUPPORTED_LOCALES],
      timezones: TIME_ZONES,
      organizationTimezone: organization.timezone,
      passwordRules: PASSWORD_RULES_TEXT,
      notifications: notificationChoices(user),
    })
  }

  async update(ctx: HttpContext) {
    const input = await ctx.request.validateUsing(updateProfileValidator)
    const user = ctx.auth.getUserOrFail()
    await ProfileService.update(user, input, actorContext(ctx))
    const { t } = await translatorFor(user)
    ctx.session.flash('success', t('Your profile has been saved.'))
    return ctx.response.redirect().back()
  }

  async updateNotifications(ctx: HttpContext) {
    const input = await ctx.request.validateUsing(notificationPreferencesValidator)
    await ProfileService.updateNotifications(ctx.auth.getUserOrFail(), input, actorContext(ctx))
    ctx.session.flash('success', ctx.translator.t('Your notification settings have been saved.'))
    return ctx.response.redirect().back()
  }

  async updateTheme(ctx: HttpContext) {
    const { theme } = await ctx.request.validateUsing(updateThemeValidator)
    await ProfileService.setTheme(ctx.auth.getUserOrFail(), theme)
    return ctx.response.redirect().back()
  }

  async updatePassword(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    const { currentPassword, password } = await ctx.request.validateUsing(changePasswordValidator)
    if (!(await user.verifyPassword(currentPassword))) {
      throw new FormError('currentPassword', msg('The current password is not correct.'))
    }
    const validFrom = await ProfileService.changePassword(
      user,
      password,
      actorContext(ctx),
      ctx.session.sessionId
    )
    WebSessions.keepCurrent(ctx, validFrom)
    ctx.session.flash(
      'success',
      ctx.translator.t('Your password has been changed. Other devices were signed out.')
    )
    return ctx.response.redirect().back()
  }
}
