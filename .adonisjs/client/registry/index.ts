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
  'portal.home.show': {
    methods: ["GET","HEAD"],
    pattern: '/portal',
    tokens: [{"old":"/portal","type":0,"val":"portal","end":""}],
    types: placeholder as Registry['portal.home.show']['types'],
  },
  'desk.home.show': {
    methods: ["GET","HEAD"],
    pattern: '/desk',
    tokens: [{"old":"/desk","type":0,"val":"desk","end":""}],
    types: placeholder as Registry['desk.home.show']['types'],
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
  'api.me.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/me',
    tokens: [{"old":"/api/v1/me","type":0,"val":"api","end":""},{"old":"/api/v1/me","type":0,"val":"v1","end":""},{"old":"/api/v1/me","type":0,"val":"me","end":""}],
    types: placeholder as Registry['api.me.show']['types'],
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
