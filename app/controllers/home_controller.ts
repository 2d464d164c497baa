import type { HttpContext } from '@adonisjs/core/http'
import { homeRouteFor } from '#services/areas'

export default class HomeController {
  async show({ auth, response }: HttpContext) {
    if (!auth.user) {
      return response.redirect().toRoute('session.create')
    }
    return response.redirect().toRoute(homeRouteFor(auth.user.role))
  }
}
