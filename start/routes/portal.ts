import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

/**
 * The portal: where customers (and staff, for their own requests) raise
 * and follow tickets.
 */
router
  .group(() => {
    router.get('/', [controllers.portal.Home, 'show'])
  })
  .prefix('/portal')
  .as('portal')
  .use([middleware.auth(), middleware.role({ roles: ['customer', 'agent', 'admin'] })])
