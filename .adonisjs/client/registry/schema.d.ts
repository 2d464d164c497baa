/* eslint-disable prettier/prettier */
/// <reference path="../manifest.d.ts" />

import type { ExtractBody, ExtractErrorResponse, ExtractQuery, ExtractQueryForGet, ExtractResponse } from '@tuyau/core/types'
import type { InferInput, SimpleError } from '@vinejs/vine/types'

export type ParamValue = string | number | bigint | boolean

export interface Registry {
  'health.show': {
    methods: ["GET","HEAD"]
    pattern: '/health'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/health_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/health_controller').default['show']>>>
    }
  }
  'home.show': {
    methods: ["GET","HEAD"]
    pattern: '/'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/home_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/home_controller').default['show']>>>
    }
  }
  'setup.show': {
    methods: ["GET","HEAD"]
    pattern: '/setup'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/setup_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/setup_controller').default['show']>>>
    }
  }
  'setup.store': {
    methods: ["POST"]
    pattern: '/setup'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/auth').setupValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/auth').setupValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/setup_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/setup_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'session.create': {
    methods: ["GET","HEAD"]
    pattern: '/login'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/session_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/session_controller').default['create']>>>
    }
  }
  'session.store': {
    methods: ["POST"]
    pattern: '/login'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/auth').signInValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/auth').signInValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/session_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/session_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'password_reset_requests.create': {
    methods: ["GET","HEAD"]
    pattern: '/forgot-password'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/password_reset_requests_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/password_reset_requests_controller').default['create']>>>
    }
  }
  'password_reset_requests.store': {
    methods: ["POST"]
    pattern: '/forgot-password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/auth').forgotPasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/auth').forgotPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/password_reset_requests_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/password_reset_requests_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'password_resets.edit': {
    methods: ["GET","HEAD"]
    pattern: '/reset-password/:token'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/password_resets_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/password_resets_controller').default['edit']>>>
    }
  }
  'password_resets.update': {
    methods: ["POST"]
    pattern: '/reset-password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/auth').resetPasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/auth').resetPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/password_resets_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/password_resets_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'session.destroy': {
    methods: ["POST"]
    pattern: '/logout'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/session_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/session_controller').default['destroy']>>>
    }
  }
  'profile.edit': {
    methods: ["GET","HEAD"]
    pattern: '/profile'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['edit']>>>
    }
  }
  'profile.update': {
    methods: ["PUT"]
    pattern: '/profile'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/user').updateProfileValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/user').updateProfileValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'profile.update_password': {
    methods: ["PUT"]
    pattern: '/profile/password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/user').changePasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/user').changePasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['updatePassword']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['updatePassword']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'profile.update_theme': {
    methods: ["PUT"]
    pattern: '/profile/theme'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/user').updateThemeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/user').updateThemeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['updateTheme']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['updateTheme']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'profile.update_notifications': {
    methods: ["PUT"]
    pattern: '/profile/notifications'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/notification_preferences').notificationPreferencesValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/notification_preferences').notificationPreferencesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['updateNotifications']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['updateNotifications']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'profile_sessions.destroy_others': {
    methods: ["DELETE"]
    pattern: '/profile/sessions'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_sessions_controller').default['destroyOthers']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_sessions_controller').default['destroyOthers']>>>
    }
  }
  'profile_sessions.destroy': {
    methods: ["DELETE"]
    pattern: '/profile/sessions/:handle'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { handle: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_sessions_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_sessions_controller').default['destroy']>>>
    }
  }
  'portal.tickets.index': {
    methods: ["GET","HEAD"]
    pattern: '/portal'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/portal/tickets_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/portal/tickets_controller').default['index']>>>
    }
  }
  'portal.tickets.create': {
    methods: ["GET","HEAD"]
    pattern: '/portal/tickets/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/portal/tickets_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/portal/tickets_controller').default['create']>>>
    }
  }
  'portal.tickets.store': {
    methods: ["POST"]
    pattern: '/portal/tickets'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/ticket').createTicketValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/ticket').createTicketValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/portal/tickets_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/portal/tickets_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'portal.tickets.show': {
    methods: ["GET","HEAD"]
    pattern: '/portal/tickets/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/portal/tickets_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/portal/tickets_controller').default['show']>>>
    }
  }
  'portal.ticket_comments.store': {
    methods: ["POST"]
    pattern: '/portal/tickets/:id/comments'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/ticket').replyValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/ticket').replyValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/ticket_comments_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/ticket_comments_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'ticket_attachments.show': {
    methods: ["GET","HEAD"]
    pattern: '/tickets/:id/attachments/:attachmentId'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; attachmentId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/ticket_attachments_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/ticket_attachments_controller').default['show']>>>
    }
  }
  'desk.tickets.index': {
    methods: ["GET","HEAD"]
    pattern: '/desk'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/desk/tickets_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/desk/tickets_controller').default['index']>>>
    }
  }
  'desk.figures.show': {
    methods: ["GET","HEAD"]
    pattern: '/desk/figures'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/desk/figures_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/desk/figures_controller').default['show']>>>
    }
  }
  'desk.ticket_exports.show': {
    methods: ["GET","HEAD"]
    pattern: '/desk/tickets/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/desk/ticket_exports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/desk/ticket_exports_controller').default['show']>>>
    }
  }
  'desk.ticket_bulk_actions.store': {
    methods: ["POST"]
    pattern: '/desk/tickets/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/ticket').bulkTicketValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/ticket').bulkTicketValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/desk/ticket_bulk_actions_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/desk/ticket_bulk_actions_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'desk.tickets.show': {
    methods: ["GET","HEAD"]
    pattern: '/desk/tickets/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/desk/tickets_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/desk/tickets_controller').default['show']>>>
    }
  }
  'desk.tickets.update': {
    methods: ["PUT"]
    pattern: '/desk/tickets/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/ticket').updateTicketValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/ticket').updateTicketValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/desk/tickets_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/desk/tickets_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'desk.ticket_assignments.update': {
    methods: ["PUT"]
    pattern: '/desk/tickets/:id/assignment'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/ticket').assignValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/ticket').assignValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/desk/ticket_assignments_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/desk/ticket_assignments_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'desk.ticket_statuses.update': {
    methods: ["PUT"]
    pattern: '/desk/tickets/:id/status'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/ticket').statusValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/ticket').statusValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/desk/ticket_statuses_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/desk/ticket_statuses_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'desk.ticket_comments.store': {
    methods: ["POST"]
    pattern: '/desk/tickets/:id/comments'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/ticket').replyValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/ticket').replyValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/ticket_comments_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/ticket_comments_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'desk.ticket_mails.show': {
    methods: ["GET","HEAD"]
    pattern: '/desk/tickets/:id/mail/:messageId'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; messageId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/desk/ticket_mails_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/desk/ticket_mails_controller').default['show']>>>
    }
  }
  'desk.availability.update': {
    methods: ["PUT"]
    pattern: '/desk/availability'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/availability').availabilityValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/availability').availabilityValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/desk/availability_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/desk/availability_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.dashboard.show': {
    methods: ["GET","HEAD"]
    pattern: '/admin'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/dashboard_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/dashboard_controller').default['show']>>>
    }
  }
  'admin.reports.show': {
    methods: ["GET","HEAD"]
    pattern: '/admin/reports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/reports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/reports_controller').default['show']>>>
    }
  }
  'admin.reports.export': {
    methods: ["GET","HEAD"]
    pattern: '/admin/reports/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/report').reportFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/reports_controller').default['export']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/reports_controller').default['export']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.users.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/users'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['index']>>>
    }
  }
  'admin.users.create': {
    methods: ["GET","HEAD"]
    pattern: '/admin/users/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['create']>>>
    }
  }
  'admin.users.store': {
    methods: ["POST"]
    pattern: '/admin/users'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/user').createUserValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/user').createUserValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.users.edit': {
    methods: ["GET","HEAD"]
    pattern: '/admin/users/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['edit']>>>
    }
  }
  'admin.users.update': {
    methods: ["PUT"]
    pattern: '/admin/users/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/user').updateUserValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/user').updateUserValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.users.deactivate': {
    methods: ["POST"]
    pattern: '/admin/users/:id/deactivate'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['deactivate']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['deactivate']>>>
    }
  }
  'admin.users.reactivate': {
    methods: ["POST"]
    pattern: '/admin/users/:id/reactivate'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['reactivate']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['reactivate']>>>
    }
  }
  'admin.users.resend_invitation': {
    methods: ["POST"]
    pattern: '/admin/users/:id/invitation'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['resendInvitation']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['resendInvitation']>>>
    }
  }
  'admin.user_availability.update': {
    methods: ["PUT"]
    pattern: '/admin/users/:id/availability'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/availability').availabilityValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/availability').availabilityValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/user_availability_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/user_availability_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.groups.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/groups'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/groups_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/groups_controller').default['index']>>>
    }
  }
  'admin.groups.store': {
    methods: ["POST"]
    pattern: '/admin/groups'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/group').groupValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/group').groupValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/groups_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/groups_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.groups.show': {
    methods: ["GET","HEAD"]
    pattern: '/admin/groups/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/groups_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/groups_controller').default['show']>>>
    }
  }
  'admin.groups.update': {
    methods: ["PUT"]
    pattern: '/admin/groups/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/group').groupValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/group').groupValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/groups_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/groups_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.group_assignments.update': {
    methods: ["PUT"]
    pattern: '/admin/groups/:id/assignment'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/group').groupAssignmentValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/group').groupAssignmentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/group_assignments_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/group_assignments_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.groups.destroy': {
    methods: ["DELETE"]
    pattern: '/admin/groups/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/group').deleteGroupValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/group').deleteGroupValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/groups_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/groups_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.groups.move': {
    methods: ["POST"]
    pattern: '/admin/groups/:id/move'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/taxonomy').moveValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/taxonomy').moveValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/groups_controller').default['move']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/groups_controller').default['move']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.categories.store': {
    methods: ["POST"]
    pattern: '/admin/groups/:id/categories'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/taxonomy').taxonomyEntryValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/taxonomy').taxonomyEntryValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/categories_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/categories_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.categories.update': {
    methods: ["PUT"]
    pattern: '/admin/categories/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/taxonomy').taxonomyEntryValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/taxonomy').taxonomyEntryValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/categories_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/categories_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.categories.move': {
    methods: ["POST"]
    pattern: '/admin/categories/:id/move'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/taxonomy').moveValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/taxonomy').moveValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/categories_controller').default['move']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/categories_controller').default['move']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.categories.destroy': {
    methods: ["DELETE"]
    pattern: '/admin/categories/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/categories_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/categories_controller').default['destroy']>>>
    }
  }
  'admin.subcategories.store': {
    methods: ["POST"]
    pattern: '/admin/categories/:id/subcategories'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/taxonomy').taxonomyEntryValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/taxonomy').taxonomyEntryValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/subcategories_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/subcategories_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.subcategories.update': {
    methods: ["PUT"]
    pattern: '/admin/subcategories/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/taxonomy').taxonomyEntryValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/taxonomy').taxonomyEntryValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/subcategories_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/subcategories_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.subcategories.move': {
    methods: ["POST"]
    pattern: '/admin/subcategories/:id/move'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/taxonomy').moveValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/taxonomy').moveValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/subcategories_controller').default['move']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/subcategories_controller').default['move']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.subcategories.destroy': {
    methods: ["DELETE"]
    pattern: '/admin/subcategories/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/subcategories_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/subcategories_controller').default['destroy']>>>
    }
  }
  'admin.group_members.store': {
    methods: ["POST"]
    pattern: '/admin/groups/:id/members'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/group').groupMemberValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/group').groupMemberValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/group_members_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/group_members_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.group_members.destroy': {
    methods: ["DELETE"]
    pattern: '/admin/groups/:id/members/:userId'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; userId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/group_members_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/group_members_controller').default['destroy']>>>
    }
  }
  'admin.mailboxes.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/channels/email'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailboxes_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailboxes_controller').default['index']>>>
    }
  }
  'admin.mailboxes.create': {
    methods: ["GET","HEAD"]
    pattern: '/admin/channels/email/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailboxes_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailboxes_controller').default['create']>>>
    }
  }
  'admin.mailboxes.store': {
    methods: ["POST"]
    pattern: '/admin/channels/email'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/mailbox').createMailboxValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/mailbox').createMailboxValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailboxes_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailboxes_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.mailboxes.test': {
    methods: ["POST"]
    pattern: '/admin/channels/email/test'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/mailbox').testMailboxValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/mailbox').testMailboxValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailboxes_controller').default['test']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailboxes_controller').default['test']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.mailboxes.edit': {
    methods: ["GET","HEAD"]
    pattern: '/admin/channels/email/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailboxes_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailboxes_controller').default['edit']>>>
    }
  }
  'admin.mailboxes.update': {
    methods: ["PUT"]
    pattern: '/admin/channels/email/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/mailbox').updateMailboxValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/mailbox').updateMailboxValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailboxes_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailboxes_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.mailboxes.destroy': {
    methods: ["DELETE"]
    pattern: '/admin/channels/email/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailboxes_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailboxes_controller').default['destroy']>>>
    }
  }
  'admin.mailbox_messages.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/channels/email/:id/messages'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailbox_messages_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailbox_messages_controller').default['index']>>>
    }
  }
  'admin.mailbox_messages.raw': {
    methods: ["GET","HEAD"]
    pattern: '/admin/channels/email/:id/messages/:messageId/raw'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; messageId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailbox_messages_controller').default['raw']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailbox_messages_controller').default['raw']>>>
    }
  }
  'admin.mailbox_messages.retry': {
    methods: ["POST"]
    pattern: '/admin/channels/email/:id/messages/:messageId/retry'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; messageId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailbox_messages_controller').default['retry']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/channels/mailbox_messages_controller').default['retry']>>>
    }
  }
  'admin.settings.edit': {
    methods: ["GET","HEAD"]
    pattern: '/admin/settings'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/settings_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/settings_controller').default['edit']>>>
    }
  }
  'admin.settings.update': {
    methods: ["PUT"]
    pattern: '/admin/settings'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/organization').organizationSettingsValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/organization').organizationSettingsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/settings_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/settings_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.audit_logs.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/audit'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/audit_logs_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/audit_logs_controller').default['index']>>>
    }
  }
  'admin.imports.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['index']>>>
    }
  }
  'admin.imports.store': {
    methods: ["POST"]
    pattern: '/admin/imports'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/data_import').importUploadValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/data_import').importUploadValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/admin/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['show']>>>
    }
  }
  'admin.imports.update': {
    methods: ["PUT"]
    pattern: '/admin/imports/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/data_import').importSettingsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/data_import').importSettingsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.imports.run': {
    methods: ["POST"]
    pattern: '/admin/imports/:id/run'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['run']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['run']>>>
    }
  }
  'admin.imports.cancel': {
    methods: ["POST"]
    pattern: '/admin/imports/:id/cancel'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['cancel']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['cancel']>>>
    }
  }
  'admin.imports.progress': {
    methods: ["GET","HEAD"]
    pattern: '/admin/imports/:id/progress'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['progress']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['progress']>>>
    }
  }
  'admin.imports.refused': {
    methods: ["GET","HEAD"]
    pattern: '/admin/imports/:id/refused'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['refused']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['refused']>>>
    }
  }
  'admin.imports.destroy': {
    methods: ["DELETE"]
    pattern: '/admin/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/imports_controller').default['destroy']>>>
    }
  }
  'admin.plugins.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/plugins'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/plugins_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/plugins_controller').default['index']>>>
    }
  }
  'admin.plugins.show': {
    methods: ["GET","HEAD"]
    pattern: '/admin/plugins/:pluginId'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { pluginId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/plugins_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/plugins_controller').default['show']>>>
    }
  }
  'admin.plugin_settings.update': {
    methods: ["PUT"]
    pattern: '/admin/plugins/:pluginId/settings'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { pluginId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/plugin_settings_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/plugin_settings_controller').default['update']>>>
    }
  }
  'admin.plugin_states.update': {
    methods: ["PUT"]
    pattern: '/admin/plugins/:pluginId/state'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/plugin').pluginStateValidator)>>
      paramsTuple: [ParamValue]
      params: { pluginId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/plugin').pluginStateValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/plugin_states_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/plugin_states_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.plugin_deliveries.retry': {
    methods: ["POST"]
    pattern: '/admin/plugins/:pluginId/deliveries/:deliveryId/retry'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { pluginId: ParamValue; deliveryId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/plugin_deliveries_controller').default['retry']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/plugin_deliveries_controller').default['retry']>>>
    }
  }
  'api.openapi.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/openapi.json'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/openapi_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/openapi_controller').default['show']>>>
    }
  }
  'api.auth.login': {
    methods: ["POST"]
    pattern: '/api/v1/auth/login'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api').apiLoginValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/api').apiLoginValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/auth_controller').default['login']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/auth_controller').default['login']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.auth.refresh': {
    methods: ["POST"]
    pattern: '/api/v1/auth/refresh'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api').apiRefreshValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/api').apiRefreshValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/auth_controller').default['refresh']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/auth_controller').default['refresh']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.auth.logout': {
    methods: ["POST"]
    pattern: '/api/v1/auth/logout'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/auth_controller').default['logout']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/auth_controller').default['logout']>>>
    }
  }
  'api.me.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/me'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/me_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/me_controller').default['show']>>>
    }
  }
  'api.me.update_notification_preferences': {
    methods: ["PUT"]
    pattern: '/api/v1/me/notification-preferences'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/notification_preferences').notificationPreferencesValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/notification_preferences').notificationPreferencesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/me_controller').default['updateNotificationPreferences']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/me_controller').default['updateNotificationPreferences']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.me_availability.update': {
    methods: ["PUT"]
    pattern: '/api/v1/me/availability'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/availability').apiAvailabilityValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/availability').apiAvailabilityValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/me_availability_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/me_availability_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.me_sessions.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/me/sessions'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/me_sessions_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/me_sessions_controller').default['index']>>>
    }
  }
  'api.me_sessions.destroy_others': {
    methods: ["DELETE"]
    pattern: '/api/v1/me/sessions'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/me_sessions_controller').default['destroyOthers']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/me_sessions_controller').default['destroyOthers']>>>
    }
  }
  'api.me_sessions.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/me/sessions/:handle'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { handle: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/me_sessions_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/me_sessions_controller').default['destroy']>>>
    }
  }
  'api.groups.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/groups'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/groups_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/groups_controller').default['index']>>>
    }
  }
  'api.tickets.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/tickets'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/ticket').ticketFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/tickets_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/tickets_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.tickets.store': {
    methods: ["POST"]
    pattern: '/api/v1/tickets'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api').apiCreateTicketValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/api').apiCreateTicketValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/tickets_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/tickets_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.ticket_exports.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/tickets/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/ticket').ticketExportValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/ticket_exports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/ticket_exports_controller').default['show']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.tickets.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/tickets/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/tickets_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/tickets_controller').default['show']>>>
    }
  }
  'api.tickets.comment': {
    methods: ["POST"]
    pattern: '/api/v1/tickets/:id/comments'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api').apiCommentValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/api').apiCommentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/tickets_controller').default['comment']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/tickets_controller').default['comment']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.ticket_attachments.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/tickets/:id/attachments/:attachmentId'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; attachmentId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/ticket_attachments_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/ticket_attachments_controller').default['show']>>>
    }
  }
  'api.admin.tickets.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/admin/tickets'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/ticket').ticketFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/tickets_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/tickets_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.ticket_exports.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/admin/tickets/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/ticket').ticketExportValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/ticket_exports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/ticket_exports_controller').default['show']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.tickets.assign': {
    methods: ["PUT"]
    pattern: '/api/v1/admin/tickets/:id/assign'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api').apiAssignValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/api').apiAssignValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/tickets_controller').default['assign']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/tickets_controller').default['assign']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.tickets.status': {
    methods: ["PUT"]
    pattern: '/api/v1/admin/tickets/:id/status'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api').apiStatusValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/api').apiStatusValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/tickets_controller').default['status']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/tickets_controller').default['status']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.tickets.update': {
    methods: ["PUT"]
    pattern: '/api/v1/admin/tickets/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api').apiUpdateTicketValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/api').apiUpdateTicketValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/tickets_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/tickets_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.reports.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/admin/reports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/report').reportFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/reports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/reports_controller').default['show']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.groups.usage': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/admin/groups/:id/usage'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['usage']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['usage']>>>
    }
  }
  'api.admin.imports.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/admin/imports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['index']>>>
    }
  }
  'api.admin.imports.store': {
    methods: ["POST"]
    pattern: '/api/v1/admin/imports'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/data_import').apiImportUploadValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/data_import').apiImportUploadValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/admin/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['show']>>>
    }
  }
  'api.admin.imports.update': {
    methods: ["PUT"]
    pattern: '/api/v1/admin/imports/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/data_import').apiImportSettingsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/data_import').apiImportSettingsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.imports.run': {
    methods: ["POST"]
    pattern: '/api/v1/admin/imports/:id/run'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/data_import').apiImportRunValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/data_import').apiImportRunValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['run']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['run']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.imports.cancel': {
    methods: ["POST"]
    pattern: '/api/v1/admin/imports/:id/cancel'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['cancel']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['cancel']>>>
    }
  }
  'api.admin.imports.refused': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/admin/imports/:id/refused'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['refused']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['refused']>>>
    }
  }
  'api.admin.imports.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/admin/imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/imports_controller').default['destroy']>>>
    }
  }
  'api.admin.mailboxes.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/admin/mailboxes'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/mailboxes_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/mailboxes_controller').default['index']>>>
    }
  }
  'api.admin.mailboxes.store': {
    methods: ["POST"]
    pattern: '/api/v1/admin/mailboxes'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/mailbox').apiCreateMailboxValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/mailbox').apiCreateMailboxValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/mailboxes_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/mailboxes_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.mailboxes.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/admin/mailboxes/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/mailboxes_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/mailboxes_controller').default['show']>>>
    }
  }
  'api.admin.mailboxes.update': {
    methods: ["PUT"]
    pattern: '/api/v1/admin/mailboxes/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/mailbox').apiUpdateMailboxValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/mailbox').apiUpdateMailboxValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/mailboxes_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/mailboxes_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.mailboxes.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/admin/mailboxes/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/mailboxes_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/mailboxes_controller').default['destroy']>>>
    }
  }
  'api.admin.mailboxes.test': {
    methods: ["POST"]
    pattern: '/api/v1/admin/mailboxes/:id/test'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/mailboxes_controller').default['test']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/mailboxes_controller').default['test']>>>
    }
  }
  'api.admin.mailbox_messages.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/admin/mailboxes/:id/messages'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/mailbox').mailMessageFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/mailbox_messages_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/mailbox_messages_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.mailbox_messages.raw': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/admin/mailboxes/:id/messages/:messageId/raw'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; messageId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/mailbox_messages_controller').default['raw']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/mailbox_messages_controller').default['raw']>>>
    }
  }
  'api.admin.mailbox_messages.retry': {
    methods: ["POST"]
    pattern: '/api/v1/admin/mailboxes/:id/messages/:messageId/retry'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; messageId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/mailbox_messages_controller').default['retry']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/mailbox_messages_controller').default['retry']>>>
    }
  }
  'api.admin.groups.store': {
    methods: ["POST"]
    pattern: '/api/v1/admin/groups'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api').apiGroupValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/api').apiGroupValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.groups.update': {
    methods: ["PUT"]
    pattern: '/api/v1/admin/groups/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api').apiUpdateGroupValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/api').apiUpdateGroupValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.groups.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/admin/groups/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api').apiDeleteGroupValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/api').apiDeleteGroupValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.groups.store_category': {
    methods: ["POST"]
    pattern: '/api/v1/admin/groups/:id/categories'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api').apiTaxonomyEntryValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/api').apiTaxonomyEntryValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['storeCategory']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['storeCategory']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.groups.store_subcategory': {
    methods: ["POST"]
    pattern: '/api/v1/admin/categories/:id/subcategories'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api').apiTaxonomyEntryValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/api').apiTaxonomyEntryValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['storeSubcategory']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['storeSubcategory']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.groups.add_member': {
    methods: ["POST"]
    pattern: '/api/v1/admin/groups/:id/members'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api').apiMemberValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/api').apiMemberValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['addMember']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['addMember']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.groups.remove_member': {
    methods: ["DELETE"]
    pattern: '/api/v1/admin/groups/:id/members'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api').apiMemberValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/api').apiMemberValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['removeMember']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/groups_controller').default['removeMember']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.user_availability.update': {
    methods: ["PUT"]
    pattern: '/api/v1/admin/users/:id/availability'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/availability').apiAvailabilityValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/availability').apiAvailabilityValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/user_availability_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/user_availability_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.plugins.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/admin/plugins'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/plugins_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/plugins_controller').default['index']>>>
    }
  }
  'api.admin.plugins.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/admin/plugins/:pluginId'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { pluginId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/plugins_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/plugins_controller').default['show']>>>
    }
  }
  'api.admin.plugins.settings': {
    methods: ["PUT"]
    pattern: '/api/v1/admin/plugins/:pluginId/settings'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { pluginId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/plugins_controller').default['settings']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/plugins_controller').default['settings']>>>
    }
  }
  'api.admin.plugins.state': {
    methods: ["PUT"]
    pattern: '/api/v1/admin/plugins/:pluginId/state'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/plugin').pluginStateValidator)>>
      paramsTuple: [ParamValue]
      params: { pluginId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/plugin').pluginStateValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/plugins_controller').default['state']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/plugins_controller').default['state']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.plugin_deliveries.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/admin/plugins/:pluginId/deliveries'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { pluginId: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/plugin').pluginDeliveryFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/plugin_deliveries_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/plugin_deliveries_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.admin.plugin_deliveries.retry': {
    methods: ["POST"]
    pattern: '/api/v1/admin/plugins/:pluginId/deliveries/:deliveryId/retry'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { pluginId: ParamValue; deliveryId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/admin/plugin_deliveries_controller').default['retry']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/admin/plugin_deliveries_controller').default['retry']>>>
    }
  }
  'plugins.ai-triage.admin': {
    methods: ["GET","HEAD"]
    pattern: '/plugins/ai-triage/admin'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.ai-triage.tickets.apply': {
    methods: ["POST"]
    pattern: '/plugins/ai-triage/tickets/:id/apply'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.ai-triage.tickets.dismiss': {
    methods: ["POST"]
    pattern: '/plugins/ai-triage/tickets/:id/dismiss'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.ai-triage.train': {
    methods: ["POST"]
    pattern: '/plugins/ai-triage/train'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.ai-triage.evaluate': {
    methods: ["POST"]
    pattern: '/plugins/ai-triage/evaluate'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.ai-triage.api.tickets.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/plugins/ai-triage/tickets/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.ai-triage.api.tickets.apply': {
    methods: ["POST"]
    pattern: '/api/v1/plugins/ai-triage/tickets/:id/apply'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.ai-triage.api.tickets.dismiss': {
    methods: ["POST"]
    pattern: '/api/v1/plugins/ai-triage/tickets/:id/dismiss'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.ldap-sso.admin': {
    methods: ["GET","HEAD"]
    pattern: '/plugins/ldap-sso/admin'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.ldap-sso.check-connection': {
    methods: ["POST"]
    pattern: '/plugins/ldap-sso/check-connection'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.ldap-sso.check-user': {
    methods: ["POST"]
    pattern: '/plugins/ldap-sso/check-user'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.ldap-sso.preview': {
    methods: ["POST"]
    pattern: '/plugins/ldap-sso/preview'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.ldap-sso.sync': {
    methods: ["POST"]
    pattern: '/plugins/ldap-sso/sync'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.ldap-sso.sync-anyway': {
    methods: ["POST"]
    pattern: '/plugins/ldap-sso/sync-anyway'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.policies': {
    methods: ["GET","HEAD"]
    pattern: '/plugins/sla-escalation/policies'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.policies.create': {
    methods: ["GET","HEAD"]
    pattern: '/plugins/sla-escalation/policies/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.policies.edit': {
    methods: ["GET","HEAD"]
    pattern: '/plugins/sla-escalation/policies/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.calendars': {
    methods: ["GET","HEAD"]
    pattern: '/plugins/sla-escalation/calendars'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.calendars.create': {
    methods: ["GET","HEAD"]
    pattern: '/plugins/sla-escalation/calendars/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.calendars.edit': {
    methods: ["GET","HEAD"]
    pattern: '/plugins/sla-escalation/calendars/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.test': {
    methods: ["GET","HEAD"]
    pattern: '/plugins/sla-escalation/test'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.report': {
    methods: ["GET","HEAD"]
    pattern: '/plugins/sla-escalation/report'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.policies.store': {
    methods: ["POST"]
    pattern: '/plugins/sla-escalation/policies'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.policies.update': {
    methods: ["PUT"]
    pattern: '/plugins/sla-escalation/policies/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.policies.move': {
    methods: ["POST"]
    pattern: '/plugins/sla-escalation/policies/:id/move'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.policies.destroy': {
    methods: ["DELETE"]
    pattern: '/plugins/sla-escalation/policies/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.calendars.store': {
    methods: ["POST"]
    pattern: '/plugins/sla-escalation/calendars'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.calendars.update': {
    methods: ["PUT"]
    pattern: '/plugins/sla-escalation/calendars/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.calendars.destroy': {
    methods: ["DELETE"]
    pattern: '/plugins/sla-escalation/calendars/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.test.run': {
    methods: ["POST"]
    pattern: '/plugins/sla-escalation/test'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.test.reset': {
    methods: ["DELETE"]
    pattern: '/plugins/sla-escalation/test'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.sla-escalation.api.report': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/plugins/sla-escalation/report'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.slack-notifications.admin': {
    methods: ["GET","HEAD"]
    pattern: '/plugins/slack-notifications/admin'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.slack-notifications.test': {
    methods: ["POST"]
    pattern: '/plugins/slack-notifications/test'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'plugins.slack-notifications.api.test': {
    methods: ["POST"]
    pattern: '/api/v1/plugins/slack-notifications/test'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
}
