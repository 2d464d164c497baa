import type { HttpContext } from '@adonisjs/core/http'
import UserTransformer from '#transformers/user_transformer'
import { apiJson } from '#helpers/api_json'

export default class MeController {
  async show(ctx: HttpContext) {
    return apiJson(ctx, UserTransformer.transform(ctx.auth.getUserOrFail()))
  }
}
