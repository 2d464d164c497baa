/* eslint-disable prettier/prettier */
import type { AdonisEndpoint } from '@tuyau/core/types'
import type { Registry } from './schema.d.ts'
import type { ApiDefinition } from './tree.d.ts'

const placeholder: any = {}

const routes = {
  'health.show': {
    methods: ["GET","HEAD"],
    pattern: '/health',
    tokens: [{"old":"/health","type":0,"val":"health","end":""}],
    types: placeholder as Registry['health.show']['types'],
  },
  'home.show': {
    methods: ["GET","HEAD"],
    pattern: '/',
    tokens: [{"old":"/","type":0,"val":"/","end":""}],
    types: placeholder as Registry['home.show']['types'],
  },
  'setup.show': {
    methods: ["GET","HEAD"],
    pattern: '/setup',
    tokens: [{"old":"/setup","type":0,"val":"setup","end":""}],
    types: placeholder as Registry['setup.show']['types'],
  },
  'setup.store': {
    methods: ["POST"],
    pattern: '/setup',
    tokens: [{"old":"/setup","type":0,"val":"setup","end":""}],
    types: placeholder as Registry['setup.store']['types'],
  },
  'session.create': {
    methods: ["GET","HEAD"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['session.create']['types'],
  },
  'session.store': {
    methods: ["POST"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['session.store']['types'],
  },
  'password_reset_requests.create': {
    methods: ["GET","HEAD"],
    pattern: '/forgot-password',
    tokens: [{"old":"/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['password_reset_requests.create']['types'],
  },
  'password_reset_requests.store': {
    methods: ["POST"],
    pattern: '/forgot-password',
    tokens: [{"old":"/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['password_reset_requests.store']['types'],
  },
  'password_resets.edit': {
    methods: ["GET","HEAD"],
    pattern: '/reset-password/:token',
    tokens: [{"old":"/reset-password/:token","type":0,"val":"reset-password","end":""},{"old":"/reset-password/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['password_resets.edit']['types'],
  },
  'password_resets.update': {
    methods: ["POST"],
    pattern: '/reset-password',
    tokens: [{"old":"/reset-password","type":0,"val":"reset-password","end":""}],
    types: placeholder as Registry['password_resets.update']['types'],
  },
  'session.destroy': {
    methods: ["POST"],
    pattern: '/logout',
    tokens: [{"old":"/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['session.destroy']['types'],
  },
  'profile.edit': {
    methods: ["GET","HEAD"],
    pattern: '/profile',
    tokens: [{"old":"/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['profile.edit']['types'],
  },
  'profile.update': {
    methods: ["PUT"],
    pattern: '/profile',
    tokens: [{"old":"/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['profile.update']['types'],
  },
  'profile.update_password': {
    methods: ["PUT"],
    pattern: '/profile/password',
    tokens: [{"old":"/profile/password","type":0,"val":"profile","end":""},{"old":"/profile/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['profile.update_password']['types'],
  },
  'profile.update_theme': {
    methods: ["PUT"],
    pattern: '/profile/theme',
    tokens: [{"old":"/profile/theme","type":0,"val":"profile","end":""},{"old":"/profile/theme","type":0,"val":"theme","end":""}],
    types: placeholder as Registry['profile.update_theme']['types'],
  },
  'portal.tickets.index': {
    methods: ["GET","HEAD"],
    pattern: '/portal',
    tokens: [{"old":"/portal","type":0,"val":"portal","end":""}],
    types: placeholder as Registry['portal.tickets.index']['types'],
  },
  'portal.tickets.create': {
    methods: ["GET","HEAD"],
    pattern: '/portal/tickets/new',
    tokens: [{"old":"/portal/tickets/new","type":0,"val":"portal","end":""},{"old":"/portal/tickets/new","type":0,"val":"tickets","end":""},{"old":"/portal/tickets/new","type":0,"val":"new","end":""}],
    types: placeholder as Registry['portal.tickets.create']['types'],
  },
  'portal.tickets.store': {
    methods: ["POST"],
    pattern: '/portal/tickets',
    tokens: [{"old":"/portal/tickets","type":0,"val":"portal","end":""},{"old":"/portal/tickets","type":0,"val":"tickets","end":""}],
    types: placeholder as Registry['portal.tickets.store']['types'],
  },
  'portal.tickets.show': {
    methods: ["GET","HEAD"],
    pattern: '/portal/tickets/:id',
    tokens: [{"old":"/portal/tickets/:id","type":0,"val":"portal","end":""},{"old":"/portal/tickets/:id","type":0,"val":"tickets","end":""},{"old":"/portal/tickets/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['portal.tickets.show']['types'],
  },
  'portal.ticket_comments.store': {
    methods: ["POST"],
    pattern: '/portal/tickets/:id/comments',
    tokens: [{"old":"/portal/tickets/:id/comments","type":0,"val":"portal","end":""},{"old":"/portal/tickets/:id/comments","type":0,"val":"tickets","end":""},{"old":"/portal/tickets/:id/comments","type":1,"val":"id","end":""},{"old":"/portal/tickets/:id/comments","type":0,"val":"comments","end":""}],
    types: placeholder as Registry['portal.ticket_comments.store']['types'],
  },
  'ticket_attachments.show': {
    methods: ["GET","HEAD"],
    pattern: '/tickets/:id/attachments/:attachmentId',
    tokens: [{"old":"/tickets/:id/attachments/:attachmentId","type":0,"val":"tickets","end":""},{"old":"/tickets/:id/attachments/:attachmentId","type":1,"val":"id","end":""},{"old":"/tickets/:id/attachments/:attachmentId","type":0,"val":"attachments","end":""},{"old":"/tickets/:id/attachments/:attachmentId","type":1,"val":"attachmentId","end":""}],
    types: placeholder as Registry['ticket_attachments.show']['types'],
  },
  'desk.tickets.index': {
    methods: ["GET","HEAD"],
    pattern: '/desk',
    tokens: [{"old":"/desk","type":0,"val":"desk","end":""}],
    types: placeholder as Registry['desk.tickets.index']['types'],
  },
  'desk.ticket_exports.show': {
    methods: ["GET","HEAD"],
    pattern: '/desk/tickets/export',
    tokens: [{"old":"/desk/tickets/export","type":0,"val":"desk","end":""},{"old":"/desk/tickets/export","type":0,"val":"tickets","end":""},{"old":"/desk/tickets/export","type":0,"val":"export","end":""}],
    types: placeholder as Registry['desk.ticket_exports.show']['types'],
  },
  'desk.ticket_bulk_actions.store': {
    methods: ["POST"],
    pattern: '/desk/tickets/bulk',
    tokens: [{"old":"/desk/tickets/bulk","type":0,"val":"desk","end":""},{"old":"/desk/tickets/bulk","type":0,"val":"tickets","end":""},{"old":"/desk/tickets/bulk","type":0,"val":"bulk","end":""}],
    types: placeholder as Registry['desk.ticket_bulk_actions.store']['types'],
  },
  'desk.tickets.show': {
    methods: ["GET","HEAD"],
    pattern: '/desk/tickets/:id',
    tokens: [{"old":"/desk/tickets/:id","type":0,"val":"desk","end":""},{"old":"/desk/tickets/:id","type":0,"val":"tickets","end":""},{"old":"/desk/tickets/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['desk.tickets.show']['types'],
  },
  'desk.tickets.update': {
    methods: ["PUT"],
    pattern: '/desk/tickets/:id',
    tokens: [{"old":"/desk/tickets/:id","type":0,"val":"desk","end":""},{"old":"/desk/tickets/:id","type":0,"val":"tickets","end":""},{"old":"/desk/tickets/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['desk.tickets.update']['types'],
  },
  'desk.ticket_assignments.update': {
    methods: ["PUT"],
    pattern: '/desk/tickets/:id/assignment',
    tokens: [{"old":"/desk/tickets/:id/assignment","type":0,"val":"desk","end":""},{"old":"/desk/tickets/:id/assignment","type":0,"val":"tickets","end":""},{"old":"/desk/tickets/:id/assignment","type":1,"val":"id","end":""},{"old":"/desk/tickets/:id/assignment","type":0,"val":"assignment","end":""}],
    types: placeholder as Registry['desk.ticket_assignments.update']['types'],
  },
  'desk.ticket_statuses.update': {
    methods: ["PUT"],
    pattern: '/desk/tickets/:id/status',
    tokens: [{"old":"/desk/tickets/:id/status","type":0,"val":"desk","end":""},{"old":"/desk/tickets/:id/status","type":0,"val":"tickets","end":""},{"old":"/desk/tickets/:id/status","type":1,"val":"id","end":""},{"old":"/desk/tickets/:id/status","type":0,"val":"status","end":""}],
    types: placeholder as Registry['desk.ticket_statuses.update']['types'],
  },
  'desk.ticket_comments.store': {
    methods: ["POST"],
    pattern: '/desk/tickets/:id/comments',
    tokens: [{"old":"/desk/tickets/:id/comments","type":0,"val":"desk","end":""},{"old":"/desk/tickets/:id/comments","type":0,"val":"tickets","end":""},{"old":"/desk/tickets/:id/comments","type":1,"val":"id","end":""},{"old":"/desk/tickets/:id/comments","type":0,"val":"comments","end":""}],
    types: placeholder as Registry['desk.ticket_comments.store']['types'],
  },
  'admin.dashboard.show': {
    methods: ["GET","HEAD"],
    pattern: '/admin',
    tokens: [{"old":"/admin","type":0,"val":"admin","end":""}],
    types: placeholder as Registry['admin.dashboard.show']['types'],
  },
  'admin.users.index': {
    methods: ["GET","HEAD"],
    pattern: '/admin/users',
    tokens: [{"old":"/admin/users","type":0,"val":"admin","end":""},{"old":"/admin/users","type":0,"val":"users","end":""}],
    types: placeholder as Registry['admin.users.index']['types'],
  },
  'admin.users.create': {
    methods: ["GET","HEAD"],
    pattern: '/admin/users/new',
    tokens: [{"old":"/admin/users/new","type":0,"val":"admin","end":""},{"old":"/admin/users/new","type":0,"val":"users","end":""},{"old":"/admin/users/new","type":0,"val":"new","end":""}],
    types: placeholder as Registry['admin.users.create']['types'],
  },
  'admin.users.store': {
    methods: ["POST"],
    pattern: '/admin/users',
    tokens: [{"old":"/admin/users","type":0,"val":"admin","end":""},{"old":"/admin/users","type":0,"val":"users","end":""}],
    types: placeholder as Registry['admin.users.store']['types'],
  },
  'admin.users.edit': {
    methods: ["GET","HEAD"],
    pattern: '/admin/users/:id',
    tokens: [{"old":"/admin/users/:id","type":0,"val":"admin","end":""},{"old":"/admin/users/:id","type":0,"val":"users","end":""},{"old":"/admin/users/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.users.edit']['types'],
  },
  'admin.users.update': {
    methods: ["PUT"],
    pattern: '/admin/users/:id',
    tokens: [{"old":"/admin/users/:id","type":0,"val":"admin","end":""},{"old":"/admin/users/:id","type":0,"val":"users","end":""},{"old":"/admin/users/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.users.update']['types'],
  },
  'admin.users.deactivate': {
    methods: ["POST"],
    pattern: '/admin/users/:id/deactivate',
    tokens: [{"old":"/admin/users/:id/deactivate","type":0,"val":"admin","end":""},{"old":"/admin/users/:id/deactivate","type":0,"val":"users","end":""},{"old":"/admin/users/:id/deactivate","type":1,"val":"id","end":""},{"old":"/admin/users/:id/deactivate","type":0,"val":"deactivate","end":""}],
    types: placeholder as Registry['admin.users.deactivate']['types'],
  },
  'admin.users.reactivate': {
    methods: ["POST"],
    pattern: '/admin/users/:id/reactivate',
    tokens: [{"old":"/admin/users/:id/reactivate","type":0,"val":"admin","end":""},{"old":"/admin/users/:id/reactivate","type":0,"val":"users","end":""},{"old":"/admin/users/:id/reactivate","type":1,"val":"id","end":""},{"old":"/admin/users/:id/reactivate","type":0,"val":"reactivate","end":""}],
    types: placeholder as Registry['admin.users.reactivate']['types'],
  },
  'admin.users.resend_invitation': {
    methods: ["POST"],
    pattern: '/admin/users/:id/invitation',
    tokens: [{"old":"/admin/users/:id/invitation","type":0,"val":"admin","end":""},{"old":"/admin/users/:id/invitation","type":0,"val":"users","end":""},{"old":"/admin/users/:id/invitation","type":1,"val":"id","end":""},{"old":"/admin/users/:id/invitation","type":0,"val":"invitation","end":""}],
    types: placeholder as Registry['admin.users.resend_invitation']['types'],
  },
  'admin.groups.index': {
    methods: ["GET","HEAD"],
    pattern: '/admin/groups',
    tokens: [{"old":"/admin/groups","type":0,"val":"admin","end":""},{"old":"/admin/groups","type":0,"val":"groups","end":""}],
    types: placeholder as Registry['admin.groups.index']['types'],
  },
  'admin.groups.store': {
    methods: ["POST"],
    pattern: '/admin/groups',
    tokens: [{"old":"/admin/groups","type":0,"val":"admin","end":""},{"old":"/admin/groups","type":0,"val":"groups","end":""}],
    types: placeholder as Registry['admin.groups.store']['types'],
  },
  'admin.groups.show': {
    methods: ["GET","HEAD"],
    pattern: '/admin/groups/:id',
    tokens: [{"old":"/admin/groups/:id","type":0,"val":"admin","end":""},{"old":"/admin/groups/:id","type":0,"val":"groups","end":""},{"old":"/admin/groups/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.groups.show']['types'],
  },
  'admin.groups.update': {
    methods: ["PUT"],
    pattern: '/admin/groups/:id',
    tokens: [{"old":"/admin/groups/:id","type":0,"val":"admin","end":""},{"old":"/admin/groups/:id","type":0,"val":"groups","end":""},{"old":"/admin/groups/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.groups.update']['types'],
  },
  'admin.groups.destroy': {
    methods: ["DELETE"],
    pattern: '/admin/groups/:id',
    tokens: [{"old":"/admin/groups/:id","type":0,"val":"admin","end":""},{"old":"/admin/groups/:id","type":0,"val":"groups","end":""},{"old":"/admin/groups/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.groups.destroy']['types'],
  },
  'admin.groups.move': {
    methods: ["POST"],
    pattern: '/admin/groups/:id/move',
    tokens: [{"old":"/admin/groups/:id/move","type":0,"val":"admin","end":""},{"old":"/admin/groups/:id/move","type":0,"val":"groups","end":""},{"old":"/admin/groups/:id/move","type":1,"val":"id","end":""},{"old":"/admin/groups/:id/move","type":0,"val":"move","end":""}],
    types: placeholder as Registry['admin.groups.move']['types'],
  },
  'admin.categories.store': {
    methods: ["POST"],
    pattern: '/admin/groups/:id/categories',
    tokens: [{"old":"/admin/groups/:id/categories","type":0,"val":"admin","end":""},{"old":"/admin/groups/:id/categories","type":0,"val":"groups","end":""},{"old":"/admin/groups/:id/categories","type":1,"val":"id","end":""},{"old":"/admin/groups/:id/categories","type":0,"val":"categories","end":""}],
    types: placeholder as Registry['admin.categories.store']['types'],
  },
  'admin.categories.update': {
    methods: ["PUT"],
    pattern: '/admin/categories/:id',
    tokens: [{"old":"/admin/categories/:id","type":0,"val":"admin","end":""},{"old":"/admin/categories/:id","type":0,"val":"categories","end":""},{"old":"/admin/categories/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.categories.update']['types'],
  },
  'admin.categories.move': {
    methods: ["POST"],
    pattern: '/admin/categories/:id/move',
    tokens: [{"old":"/admin/categories/:id/move","type":0,"val":"admin","end":""},{"old":"/admin/categories/:id/move","type":0,"val":"categories","end":""},{"old":"/admin/categories/:id/move","type":1,"val":"id","end":""},{"old":"/admin/categories/:id/move","type":0,"val":"move","end":""}],
    types: placeholder as Registry['admin.categories.move']['types'],
  },
  'admin.categories.destroy': {
    methods: ["DELETE"],
    pattern: '/admin/categories/:id',
    tokens: [{"old":"/admin/categories/:id","type":0,"val":"admin","end":""},{"old":"/admin/categories/:id","type":0,"val":"categories","end":""},{"old":"/admin/categories/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.categories.destroy']['types'],
  },
  'admin.subcategories.store': {
    methods: ["POST"],
    pattern: '/admin/categories/:id/subcategories',
    tokens: [{"old":"/admin/categories/:id/subcategories","type":0,"val":"admin","end":""},{"old":"/admin/categories/:id/subcategories","type":0,"val":"categories","end":""},{"old":"/admin/categories/:id/subcategories","type":1,"val":"id","end":""},{"old":"/admin/categories/:id/subcategories","type":0,"val":"subcategories","end":""}],
    types: placeholder as Registry['admin.subcategories.store']['types'],
  },
  'admin.subcategories.update': {
    methods: ["PUT"],
    pattern: '/admin/subcategories/:id',
    tokens: [{"old":"/admin/subcategories/:id","type":0,"val":"admin","end":""},{"old":"/admin/subcategories/:id","type":0,"val":"subcategories","end":""},{"old":"/admin/subcategories/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.subcategories.update']['types'],
  },
  'admin.subcategories.move': {
    methods: ["POST"],
    pattern: '/admin/subcategories/:id/move',
    tokens: [{"old":"/admin/subcategories/:id/move","type":0,"val":"admin","end":""},{"old":"/admin/subcategories/:id/move","type":0,"val":"subcategories","end":""},{"old":"/admin/subcategories/:id/move","type":1,"val":"id","end":""},{"old":"/admin/subcategories/:id/move","type":0,"val":"move","end":""}],
    types: placeholder as Registry['admin.subcategories.move']['types'],
  },
  'admin.subcategories.destroy': {
    methods: ["DELETE"],
    pattern: '/admin/subcategories/:id',
    tokens: [{"old":"/admin/subcategories/:id","type":0,"val":"admin","end":""},{"old":"/admin/subcategories/:id","type":0,"val":"subcategories","end":""},{"old":"/admin/subcategories/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.subcategories.destroy']['types'],
  },
  'admin.group_members.store': {
    methods: ["POST"],
    pattern: '/admin/groups/:id/members',
    tokens: [{"old":"/admin/groups/:id/members","type":0,"val":"admin","end":""},{"old":"/admin/groups/:id/members","type":0,"val":"groups","end":""},{"old":"/admin/groups/:id/members","type":1,"val":"id","end":""},{"old":"/admin/groups/:id/members","type":0,"val":"members","end":""}],
    types: placeholder as Registry['admin.group_members.store']['types'],
  },
  'admin.group_members.destroy': {
    methods: ["DELETE"],
    pattern: '/admin/groups/:id/members/:userId',
    tokens: [{"old":"/admin/groups/:id/members/:userId","type":0,"val":"admin","end":""},{"old":"/admin/groups/:id/members/:userId","type":0,"val":"groups","end":""},{"old":"/admin/groups/:id/members/:userId","type":1,"val":"id","end":""},{"old":"/admin/groups/:id/members/:userId","type":0,"val":"members","end":""},{"old":"/admin/groups/:id/members/:userId","type":1,"val":"userId","end":""}],
    types: placeholder as Registry['admin.group_members.destroy']['types'],
  },
  'admin.settings.edit': {
    methods: ["GET","HEAD"],
    pattern: '/admin/settings',
    tokens: [{"old":"/admin/settings","type":0,"val":"admin","end":""},{"old":"/admin/settings","type":0,"val":"settings","end":""}],
    types: placeholder as Registry['admin.settings.edit']['types'],
  },
  'admin.settings.update': {
    methods: ["PUT"],
    pattern: '/admin/settings',
    tokens: [{"old":"/admin/settings","type":0,"val":"admin","end":""},{"old":"/admin/settings","type":0,"val":"settings","end":""}],
    types: placeholder as Registry['admin.settings.update']['types'],
  },
  'admin.audit_logs.index': {
    methods: ["GET","HEAD"],
    pattern: '/admin/audit',
    tokens: [{"old":"/admin/audit","type":0,"val":"admin","end":""},{"old":"/admin/audit","type":0,"val":"audit","end":""}],
    types: placeholder as Registry['admin.audit_logs.index']['types'],
  },
  'api.openapi.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/openapi.json',
    tokens: [{"old":"/api/v1/openapi.json","type":0,"val":"api","end":""},{"old":"/api/v1/openapi.json","type":0,"val":"v1","end":""},{"old":"/api/v1/openapi.json","type":0,"val":"openapi.json","end":""}],
    types: placeholder as Registry['api.openapi.show']['types'],
  },
  'api.auth.login': {
    methods: ["POST"],
    pattern: '/api/v1/auth/login',
    tokens: [{"old":"/api/v1/auth/login","type":0,"val":"api","end":""},{"old":"/api/v1/auth/login","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/login","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['api.auth.login']['types'],
  },
  'api.auth.refresh': {
    methods: ["POST"],
    pattern: '/api/v1/auth/refresh',
    tokens: [{"old":"/api/v1/auth/refresh","type":0,"val":"api","end":""},{"old":"/api/v1/auth/refresh","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/refresh","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/refresh","type":0,"val":"refresh","end":""}],
    types: placeholder as Registry['api.auth.refresh']['types'],
  },
  'api.auth.logout': {
    methods: ["POST"],
    pattern: '/api/v1/auth/logout',
    tokens: [{"old":"/api/v1/auth/logout","type":0,"val":"api","end":""},{"old":"/api/v1/auth/logout","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/logout","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['api.auth.logout']['types'],
  },
  'api.me.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/me',
    tokens: [{"old":"/api/v1/me","type":0,"val":"api","end":""},{"old":"/api/v1/me","type":0,"val":"v1","end":""},{"old":"/api/v1/me","type":0,"val":"me","end":""}],
    types: placeholder as Registry['api.me.show']['types'],
  },
  'api.groups.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/groups',
    tokens: [{"old":"/api/v1/groups","type":0,"val":"api","end":""},{"old":"/api/v1/groups","type":0,"val":"v1","end":""},{"old":"/api/v1/groups","type":0,"val":"groups","end":""}],
    types: placeholder as Registry['api.groups.index']['types'],
  },
  'api.tickets.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/tickets',
    tokens: [{"old":"/api/v1/tickets","type":0,"val":"api","end":""},{"old":"/api/v1/tickets","type":0,"val":"v1","end":""},{"old":"/api/v1/tickets","type":0,"val":"tickets","end":""}],
    types: placeholder as Registry['api.tickets.index']['types'],
  },
  'api.tickets.store': {
    methods: ["POST"],
    pattern: '/api/v1/tickets',
    tokens: [{"old":"/api/v1/tickets","type":0,"val":"api","end":""},{"old":"/api/v1/tickets","type":0,"val":"v1","end":""},{"old":"/api/v1/tickets","type":0,"val":"tickets","end":""}],
    types: placeholder as Registry['api.tickets.store']['types'],
  },
  'api.tickets.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/tickets/:id',
    tokens: [{"old":"/api/v1/tickets/:id","type":0,"val":"api","end":""},{"old":"/api/v1/tickets/:id","type":0,"val":"v1","end":""},{"old":"/api/v1/tickets/:id","type":0,"val":"tickets","end":""},{"old":"/api/v1/tickets/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['api.tickets.show']['types'],
  },
  'api.tickets.comment': {
    methods: ["POST"],
    pattern: '/api/v1/tickets/:id/comments',
    tokens: [{"old":"/api/v1/tickets/:id/comments","type":0,"val":"api","end":""},{"old":"/api/v1/tickets/:id/comments","type":0,"val":"v1","end":""},{"old":"/api/v1/tickets/:id/comments","type":0,"val":"tickets","end":""},{"old":"/api/v1/tickets/:id/comments","type":1,"val":"id","end":""},{"old":"/api/v1/tickets/:id/comments","type":0,"val":"comments","end":""}],
    types: placeholder as Registry['api.tickets.comment']['types'],
  },
  'api.ticket_attachments.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/tickets/:id/attachments/:attachmentId',
    tokens: [{"old":"/api/v1/tickets/:id/attachments/:attachmentId","type":0,"val":"api","end":""},{"old":"/api/v1/tickets/:id/attachments/:attachmentId","type":0,"val":"v1","end":""},{"old":"/api/v1/tickets/:id/attachments/:attachmentId","type":0,"val":"tickets","end":""},{"old":"/api/v1/tickets/:id/attachments/:attachmentId","type":1,"val":"id","end":""},{"old":"/api/v1/tickets/:id/attachments/:attachmentId","type":0,"val":"attachments","end":""},{"old":"/api/v1/tickets/:id/attachments/:attachmentId","type":1,"val":"attachmentId","end":""}],
    types: placeholder as Registry['api.ticket_attachments.show']['types'],
  },
  'api.admin.tickets.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/admin/tickets',
    tokens: [{"old":"/api/v1/admin/tickets","type":0,"val":"api","end":""},{"old":"/api/v1/admin/tickets","type":0,"val":"v1","end":""},{"old":"/api/v1/admin/tickets","type":0,"val":"admin","end":""},{"old":"/api/v1/admin/tickets","type":0,"val":"tickets","end":""}],
    types: placeholder as Registry['api.admin.tickets.index']['types'],
  },
  'api.admin.tickets.assign': {
    methods: ["PUT"],
    pattern: '/api/v1/admin/tickets/:id/assign',
    tokens: [{"old":"/api/v1/admin/tickets/:id/assign","type":0,"val":"api","end":""},{"old":"/api/v1/admin/tickets/:id/assign","type":0,"val":"v1","end":""},{"old":"/api/v1/admin/tickets/:id/assign","type":0,"val":"admin","end":""},{"old":"/api/v1/admin/tickets/:id/assign","type":0,"val":"tickets","end":""},{"old":"/api/v1/admin/tickets/:id/assign","type":1,"val":"id","end":""},{"old":"/api/v1/admin/tickets/:id/assign","type":0,"val":"assign","end":""}],
    types: placeholder as Registry['api.admin.tickets.assign']['types'],
  },
  'api.admin.tickets.status': {
    methods: ["PUT"],
    pattern: '/api/v1/admin/tickets/:id/status',
    tokens: [{"old":"/api/v1/admin/tickets/:id/status","type":0,"val":"api","end":""},{"old":"/api/v1/admin/tickets/:id/status","type":0,"val":"v1","end":""},{"old":"/api/v1/admin/tickets/:id/status","type":0,"val":"admin","end":""},{"old":"/api/v1/admin/tickets/:id/status","type":0,"val":"tickets","end":""},{"old":"/api/v1/admin/tickets/:id/status","type":1,"val":"id","end":""},{"old":"/api/v1/admin/tickets/:id/status","type":0,"val":"status","end":""}],
    types: placeholder as Registry['api.admin.tickets.status']['types'],
  },
  'api.admin.tickets.update': {
    methods: ["PUT"],
    pattern: '/api/v1/admin/tickets/:id',
    tokens: [{"old":"/api/v1/admin/tickets/:id","type":0,"val":"api","end":""},{"old":"/api/v1/admin/tickets/:id","type":0,"val":"v1","end":""},{"old":"/api/v1/admin/tickets/:id","type":0,"val":"admin","end":""},{"old":"/api/v1/admin/tickets/:id","type":0,"val":"tickets","end":""},{"old":"/api/v1/admin/tickets/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['api.admin.tickets.update']['types'],
  },
  'api.admin.reports.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/admin/reports',
    tokens: [{"old":"/api/v1/admin/reports","type":0,"val":"api","end":""},{"old":"/api/v1/admin/reports","type":0,"val":"v1","end":""},{"old":"/api/v1/admin/reports","type":0,"val":"admin","end":""},{"old":"/api/v1/admin/reports","type":0,"val":"reports","end":""}],
    types: placeholder as Registry['api.admin.reports.show']['types'],
  },
  'api.admin.groups.store': {
    methods: ["POST"],
    pattern: '/api/v1/admin/groups',
    tokens: [{"old":"/api/v1/admin/groups","type":0,"val":"api","end":""},{"old":"/api/v1/admin/groups","type":0,"val":"v1","end":""},{"old":"/api/v1/admin/groups","type":0,"val":"admin","end":""},{"old":"/api/v1/admin/groups","type":0,"val":"groups","end":""}],
    types: placeholder as Registry['api.admin.groups.store']['types'],
  },
  'api.admin.groups.update': {
    methods: ["PUT"],
    pattern: '/api/v1/admin/groups/:id',
    tokens: [{"old":"/api/v1/admin/groups/:id","type":0,"val":"api","end":""},{"old":"/api/v1/admin/groups/:id","type":0,"val":"v1","end":""},{"old":"/api/v1/admin/groups/:id","type":0,"val":"admin","end":""},{"old":"/api/v1/admin/groups/:id","type":0,"val":"groups","end":""},{"old":"/api/v1/admin/groups/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['api.admin.groups.update']['types'],
  },
  'api.admin.groups.destroy': {
    methods: ["DELETE"],
    pattern: '/api/v1/admin/groups/:id',
    tokens: [{"old":"/api/v1/admin/groups/:id","type":0,"val":"api","end":""},{"old":"/api/v1/admin/groups/:id","type":0,"val":"v1","end":""},{"old":"/api/v1/admin/groups/:id","type":0,"val":"admin","end":""},{"old":"/api/v1/admin/groups/:id","type":0,"val":"groups","end":""},{"old":"/api/v1/admin/groups/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['api.admin.groups.destroy']['types'],
  },
  'api.admin.groups.store_category': {
    methods: ["POST"],
    pattern: '/api/v1/admin/groups/:id/categories',
    tokens: [{"old":"/api/v1/admin/groups/:id/categories","type":0,"val":"api","end":""},{"old":"/api/v1/admin/groups/:id/categories","type":0,"val":"v1","end":""},{"old":"/api/v1/admin/groups/:id/categories","type":0,"val":"admin","end":""},{"old":"/api/v1/admin/groups/:id/categories","type":0,"val":"groups","end":""},{"old":"/api/v1/admin/groups/:id/categories","type":1,"val":"id","end":""},{"old":"/api/v1/admin/groups/:id/categories","type":0,"val":"categories","end":""}],
    types: placeholder as Registry['api.admin.groups.store_category']['types'],
  },
  'api.admin.groups.store_subcategory': {
    methods: ["POST"],
    pattern: '/api/v1/admin/categories/:id/subcategories',
    tokens: [{"old":"/api/v1/admin/categories/:id/subcategories","type":0,"val":"api","end":""},{"old":"/api/v1/admin/categories/:id/subcategories","type":0,"val":"v1","end":""},{"old":"/api/v1/admin/categories/:id/subcategories","type":0,"val":"admin","end":""},{"old":"/api/v1/admin/categories/:id/subcategories","type":0,"val":"categories","end":""},{"old":"/api/v1/admin/categories/:id/subcategories","type":1,"val":"id","end":""},{"old":"/api/v1/admin/categories/:id/subcategories","type":0,"val":"subcategories","end":""}],
    types: placeholder as Registry['api.admin.groups.store_subcategory']['types'],
  },
  'api.admin.groups.add_member': {
    methods: ["POST"],
    pattern: '/api/v1/admin/groups/:id/members',
    tokens: [{"old":"/api/v1/admin/groups/:id/members","type":0,"val":"api","end":""},{"old":"/api/v1/admin/groups/:id/members","type":0,"val":"v1","end":""},{"old":"/api/v1/admin/groups/:id/members","type":0,"val":"admin","end":""},{"old":"/api/v1/admin/groups/:id/members","type":0,"val":"groups","end":""},{"old":"/api/v1/admin/groups/:id/members","type":1,"val":"id","end":""},{"old":"/api/v1/admin/groups/:id/members","type":0,"val":"members","end":""}],
    types: placeholder as Registry['api.admin.groups.add_member']['types'],
  },
  'api.admin.groups.remove_member': {
    methods: ["DELETE"],
    pattern: '/api/v1/admin/groups/:id/members',
    tokens: [{"old":"/api/v1/admin/groups/:id/members","type":0,"val":"api","end":""},{"old":"/api/v1/admin/groups/:id/members","type":0,"val":"v1","end":""},{"old":"/api/v1/admin/groups/:id/members","type":0,"val":"admin","end":""},{"old":"/api/v1/admin/groups/:id/members","type":0,"val":"groups","end":""},{"old":"/api/v1/admin/groups/:id/members","type":1,"val":"id","end":""},{"old":"/api/v1/admin/groups/:id/members","type":0,"val":"members","end":""}],
    types: placeholder as Registry['api.admin.groups.remove_member']['types'],
  },
} as const satisfies Record<string, AdonisEndpoint>

export { routes }

export const registry = {
  routes,
  $tree: {} as ApiDefinition,
}

declare module '@tuyau/core/types' {
  export interface UserRegistry {
    routes: typeof routes
    $tree: ApiDefinition
  }
}
