import type { HttpContext } from '@adonisjs/core/http'
import UserTransformer from '#transformers/user_transformer'
import { apiJson } from '#helpers/api_json'
import { notificationPreferencesValidator } from '#validators/notification_preferences'
import ProfileService from '#services/profile_service'
import { actorContext } from '#services/request_context'

export default class MeController {
  async show(ctx: HttpContext) {
    return apiJson(ctx, UserTransformer.transform(ctx.auth.getUserOrFail()).useVariant('forSelf'))
  }

  async updateNotificationPreferences(ctx: HttpContext) {
    const input = await ctx.request.validateUsing(notificationPreferencesValidator)
    const preferences = await ProfileService.updateNotifications(
      ctx.auth.getUserOrFail(),
      input,
      actorContext(ctx)
    )
    return ctx.response.json({ data: preferences })
  }
}
