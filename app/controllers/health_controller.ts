import type { HttpContext } from '@adonisjs/core/http'
import HealthService from '#services/health_service'

export default class HealthController {
  async show({ response }: HttpContext) {
    const { healthy, body } = await HealthService.report()
    return response.status(healthy ? 200 : 503).json(body)
  }
}
