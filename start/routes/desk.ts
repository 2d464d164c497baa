import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

/**
 * The desk: where agents work tickets.
 */
router
  .group(() => {
    router.get('/', [controllers.desk.Tickets, 'index'])
    router.get('/figures', [controllers.desk.Figures, 'show'])
    router.get('/tickets/export', [controllers.desk.TicketExports, 'show'])
    router.post('/tickets/bulk', [controllers.desk.TicketBulkActions, 'store'])
    router.get('/tickets/:id', [controllers.desk.Tickets, 'show'])
    router.put('/tickets/:id', [controllers.desk.Tickets, 'update'])
    router.put('/tickets/:id/assignment', [controllers.desk.TicketAssignments, 'update'])
    router.put('/tickets/:id/status', [controllers.desk.TicketStatuses, 'update'])
    router.post('/tickets/:id/comments', [controllers.TicketComments, 'store'])
    router.get('/tickets/:id/mail/:messageId', [controllers.desk.TicketMails, 'show'])
    router.put('/availability', [controllers.desk.Availability, 'update'])
  })
  .prefix('/desk')
  .as('desk')
  .use([middleware.auth(), middleware.role({ roles: ['agent', 'admin'] })])
