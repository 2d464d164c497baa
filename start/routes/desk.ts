import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

/**
 * The desk: where agents work tickets.
 */
router
  .group(() => {
    router.get('/', [controllers.desk.Home, 'show'])
  })
  .prefix('/desk')
  .as('desk')
  .use([middleware.auth(), middleware.role({ roles: ['agent', 'admin'] })])
