import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

/**
 * /api/v1: bearer-token API, snake_case, one JSON error shape for every
 * failure (app/exceptions/api_error.ts), described by /api/v1/openapi.json.
 */
const auth = middleware.auth({ guards: ['api'] })
const staff = middleware.role({ roles: ['agent', 'admin'] })
const adminOnly = middleware.role({ roles: ['admin'] })
const read = middleware.apiThrottle({ family: 'read' })
const write = middleware.apiThrottle({ family: 'write' })

router
  .group(() => {
    router.get('/openapi.json', [controllers.api.Openapi, 'show'])

    router
      .group(() => {
        router.post('/login', [controllers.api.Auth, 'login'])
        router.post('/refresh', [controllers.api.Auth, 'refresh'])
      })
      .prefix('/auth')
      .use(middleware.apiThrottle({ family: 'auth' }))
    router.post('/auth/logout', [controllers.api.Auth, 'logout']).use([auth, write])

    router
      .group(() => {
        router.get('/me', [controllers.api.Me, 'show']).use(read)
        router
          .put('/me/notification-preferences', [
            controllers.api.Me,
            'updateNotificationPreferences',
          ])
          .use(write)
        router
          .put('/me/availability', [controllers.api.MeAvailability, 'update'])
          .use([staff, write])
        router.get('/me/sessions', [controllers.api.MeSessions, 'index']).use(read)
        router.delete('/me/sessions', [controllers.api.MeSessions, 'destroyOthers']).use(write)
        router.delete('/me/sessions/:handle', [controllers.api.MeSessions, 'destroy']).use(write)
        router.get('/groups', [controllers.api.Groups, 'index']).use(read)
        router.get('/tickets', [controllers.api.Tickets, 'index']).use(read)
        router.post('/tickets', [controllers.api.Tickets, 'store']).use(write)
        router.get('/tickets/export', [controllers.api.TicketExports, 'show']).use(read)
        router.get('/tickets/:id', [controllers.api.Tickets, 'show']).use(read)
        router.post('/tickets/:id/comments', [controllers.api.Tickets, 'comment']).use(write)
        router
          .get('/tickets/:id/attachments/:attachmentId', [controllers.TicketAttachments, 'show'])
          .use(read)

        router
          .group(() => {
            router.get('/tickets', [controllers.api.admin.Tickets, 'index']).use(read)
            router.get('/tickets/export', [controllers.api.admin.TicketExports, 'show']).use(read)
            router.put('/tickets/:id/assign', [controllers.api.admin.Tickets, 'assign']).use(write)
            router.put('/tickets/:id/status', [controllers.api.admin.Tickets, 'status']).use(write)
            router.put('/tickets/:id', [controllers.api.admin.Tickets, 'update']).use(write)
            router.get('/reports', [controllers.api.admin.Reports, 'show']).use(read)
            router
              .get('/groups/:id/usage', [controllers.api.admin.Groups, 'usage'])
              .use([adminOnly, read])

            router
              .group(() => {
                router.get('/imports', [controllers.api.admin.Imports, 'index']).use(read)
                router.post('/imports', [controllers.api.admin.Imports, 'store']).use(write)
                router.get('/imports/:id', [controllers.api.admin.Imports, 'show']).use(read)
                router.put('/imports/:id', [controllers.api.admin.Imports, 'update']).use(write)
                router.post('/imports/:id/run', [controllers.api.admin.Imports, 'run']).use(write)
                router
                  .post('/imports/:id/cancel', [controllers.api.admin.Imports, 'cancel'])
                  .use(write)
                router
                  .get('/imports/:id/refused', [controllers.api.admin.Imports, 'refused'])
                  .use(read)
                router.delete('/imports/:id', [controllers.api.admin.Imports, 'destroy']).use(write)
                router.get('/mailboxes', [controllers.api.admin.Mailboxes, 'index']).use(read)
                router.post('/mailboxes', [controllers.api.admin.Mailboxes, 'store']).use(write)
                router.get('/mailboxes/:id', [controllers.api.admin.Mailboxes, 'show']).use(read)
                router.put('/mailboxes/:id', [controllers.api.admin.Mailboxes, 'update']).use(write)
                router
                  .delete('/mailboxes/:id', [controllers.api.admin.Mailboxes, 'destroy'])
                  .use(write)
                router
                  .post('/mailboxes/:id/test', [controllers.api.admin.Mailboxes, 'test'])
                  .use(write)
                router
                  .get('/mailboxes/:id/messages', [controllers.api.admin.MailboxMessages, 'index'])
                  .use(read)
                router
                  .get('/mailboxes/:id/messages/:messageId/raw', [
                    controllers.api.admin.MailboxMessages,
                    'raw',
                  ])
                  .use(read)
                router
                  .post('/mailboxes/:id/messages/:messageId/retry', [
                    controllers.api.admin.MailboxMessages,
                    'retry',
                  ])
                  .use(write)
              })
              .use(adminOnly)

            router
              .group(() => {
                router.post('/groups', [controllers.api.admin.Groups, 'store'])
                router.put('/groups/:id', [controllers.api.admin.Groups, 'update'])
                router.delete('/groups/:id', [controllers.api.admin.Groups, 'destroy'])
                router.post('/groups/:id/categories', [
                  controllers.api.admin.Groups,
                  'storeCategory',
                ])
                router.post('/categories/:id/subcategories', [
                  controllers.api.admin.Groups,
                  'storeSubcategory',
                ])
                router.post('/groups/:id/members', [controllers.api.admin.Groups, 'addMember'])
                router.delete('/groups/:id/members', [controllers.api.admin.Groups, 'removeMember'])
                router.put('/users/:id/availability', [
                  controllers.api.admin.UserAvailability,
                  'update',
                ])
              })
              .use([adminOnly, write])

            router
              .group(() => {
                router.get('/plugins', [controllers.api.admin.Plugins, 'index']).use(read)
                router.get('/plugins/:pluginId', [controllers.api.admin.Plugins, 'show']).use(read)
                router
                  .put('/plugins/:pluginId/settings', [controllers.api.admin.Plugins, 'settings'])
                  .use(write)
                router
                  .put('/plugins/:pluginId/state', [controllers.api.admin.Plugins, 'state'])
                  .use(write)
                router
                  .get('/plugins/:pluginId/deliveries', [
                    controllers.api.admin.PluginDeliveries,
                    'index',
                  ])
                  .use(read)
                router
                  .post('/plugins/:pluginId/deliveries/:deliveryId/retry', [
                    controllers.api.admin.PluginDeliveries,
                    'retry',
                  ])
                  .use(write)
              })
              .use(adminOnly)
          })
          .prefix('/admin')
          .as('admin')
          .use(staff)
      })
      .use(auth)
  })
  .prefix('/api/v1')
  .as('api')
