import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

/**
 * Admin: organization configuration. The role middleware keeps others
 * out of the area; Bouncer policies decide each action on each record.
 */
router
  .group(() => {
    router.get('/', [controllers.admin.Dashboard, 'show'])
    router.get('/reports', [controllers.admin.Reports, 'show'])
    router.get('/reports/export', [controllers.admin.Reports, 'export'])

    router.get('/users', [controllers.admin.Users, 'index'])
    router.get('/users/new', [controllers.admin.Users, 'create'])
    router.post('/users', [controllers.admin.Users, 'store'])
    router.get('/users/:id', [controllers.admin.Users, 'edit'])
    router.put('/users/:id', [controllers.admin.Users, 'update'])
    router.post('/users/:id/deactivate', [controllers.admin.Users, 'deactivate'])
    router.post('/users/:id/reactivate', [controllers.admin.Users, 'reactivate'])
    router.post('/users/:id/invitation', [controllers.admin.Users, 'resendInvitation'])
    router.put('/users/:id/availability', [controllers.admin.UserAvailability, 'update'])

    router.get('/groups', [controllers.admin.Groups, 'index'])
    router.post('/groups', [controllers.admin.Groups, 'store'])
    router.get('/groups/:id', [controllers.admin.Groups, 'show'])
    router.put('/groups/:id', [controllers.admin.Groups, 'update'])
    router.put('/groups/:id/assignment', [controllers.admin.GroupAssignments, 'update'])
    router.delete('/groups/:id', [controllers.admin.Groups, 'destroy'])
    router.post('/groups/:id/move', [controllers.admin.Groups, 'move'])
    router.post('/groups/:id/categories', [controllers.admin.Categories, 'store'])
    router.put('/categories/:id', [controllers.admin.Categories, 'update'])
    router.post('/categories/:id/move', [controllers.admin.Categories, 'move'])
    router.delete('/categories/:id', [controllers.admin.Categories, 'destroy'])
    router.post('/categories/:id/subcategories', [controllers.admin.Subcategories, 'store'])
    router.put('/subcategories/:id', [controllers.admin.Subcategories, 'update'])
    router.post('/subcategories/:id/move', [controllers.admin.Subcategories, 'move'])
    router.delete('/subcategories/:id', [controllers.admin.Subcategories, 'destroy'])
    router.post('/groups/:id/members', [controllers.admin.GroupMembers, 'store'])
    router.delete('/groups/:id/members/:userId', [controllers.admin.GroupMembers, 'destroy'])

    router.get('/channels/email', [controllers.admin.channels.Mailboxes, 'index'])
    router.get('/channels/email/new', [controllers.admin.channels.Mailboxes, 'create'])
    router.post('/channels/email', [controllers.admin.channels.Mailboxes, 'store'])
    router.post('/channels/email/test', [controllers.admin.channels.Mailboxes, 'test'])
    router.get('/channels/email/:id', [controllers.admin.channels.Mailboxes, 'edit'])
    router.put('/channels/email/:id', [controllers.admin.channels.Mailboxes, 'update'])
    router.delete('/channels/email/:id', [controllers.admin.channels.Mailboxes, 'destroy'])
    router.get('/channels/email/:id/messages', [
      controllers.admin.channels.MailboxMessages,
      'index',
    ])
    router.get('/channels/email/:id/messages/:messageId/raw', [
      controllers.admin.channels.MailboxMessages,
      'raw',
    ])
    router.post('/channels/email/:id/messages/:messageId/retry', [
      controllers.admin.channels.MailboxMessages,
      'retry',
    ])

    router.get('/settings', [controllers.admin.Settings, 'edit'])
    router.put('/settings', [controllers.admin.Settings, 'update'])

    router.get('/audit', [controllers.admin.AuditLogs, 'index'])

    router.get('/imports', [controllers.admin.Imports, 'index'])
    router.post('/imports', [controllers.admin.Imports, 'store'])
    router.get('/imports/:id', [controllers.admin.Imports, 'show'])
    router.put('/imports/:id', [controllers.admin.Imports, 'update'])
    router.post('/imports/:id/run', [controllers.admin.Imports, 'run'])
    router.post('/imports/:id/cancel', [controllers.admin.Imports, 'cancel'])
    router.get('/imports/:id/progress', [controllers.admin.Imports, 'progress'])
    router.get('/imports/:id/refused', [controllers.admin.Imports, 'refused'])
    router.delete('/imports/:id', [controllers.admin.Imports, 'destroy'])

    router.get('/plugins', [controllers.admin.Plugins, 'index'])
    router.get('/plugins/:pluginId', [controllers.admin.Plugins, 'show'])
    router.put('/plugins/:pluginId/settings', [controllers.admin.PluginSettings, 'update'])
    router.put('/plugins/:pluginId/state', [controllers.admin.PluginStates, 'update'])
    router.post('/plugins/:pluginId/deliveries/:deliveryId/retry', [
      controllers.admin.PluginDeliveries,
      'retry',
    ])
  })
  .prefix('/admin')
  .as('admin')
  .use([middleware.auth(), middleware.role({ roles: ['admin'] })])
