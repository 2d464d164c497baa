import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

/**
 * The portal: where customers (and staff, for their own requests) raise
 * and follow tickets.
 */
router
  .group(() => {
    router.get('/', [controllers.portal.Tickets, 'index'])
    router.get('/tickets/new', [controllers.portal.Tickets, 'create'])
    router.post('/tickets', [controllers.portal.Tickets, 'store'])
    router.get('/tickets/:id', [controllers.portal.Tickets, 'show'])
    router.post('/tickets/:id/comments', [controllers.TicketComments, 'store'])
  })
  .prefix('/portal')
  .as('portal')
  .use([middleware.auth(), middleware.role({ roles: ['customer', 'agent', 'admin'] })])

/** Downloads, for whoever may see the ticket and the file (checked in the controller). */
router
  .get('/tickets/:id/attachments/:attachmentId', [controllers.TicketAttachments, 'show'])
  .use(middleware.auth())
