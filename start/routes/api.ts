import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

/**
 * /api/v1: bearer-token API. Every failure answers with the one JSON error
 * shape (app/exceptions/api_error.ts).
 */
router
  .group(() => {
    router.get('/me', [controllers.api.Me, 'show'])
  })
  .prefix('/api/v1')
  .as('api')
  .use(middleware.auth({ guards: ['api'] }))
