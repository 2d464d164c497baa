import type { HttpContext } from '@adonisjs/core/http'
import { appUrl } from '#config/app'
import { openApiDocument } from '#openapi/document'

export default class OpenapiController {
  async show({ response }: HttpContext) {
    return response.json(openApiDocument(appUrl))
  }
}
