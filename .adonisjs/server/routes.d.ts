import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'health.show': { paramsTuple?: []; params?: {} }
    'home.show': { paramsTuple?: []; params?: {} }
    'setup.show': { paramsTuple?: []; params?: {} }
    'setup.store': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'password_reset_requests.create': { paramsTuple?: []; params?: {} }
    'password_reset_requests.store': { paramsTuple?: []; params?: {} }
    'password_resets.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'password_resets.update': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'profile.edit': { paramsTuple?: []; params?: {} }
    'profile.update': { paramsTuple?: []; params?: {} }
    'profile.update_password': { paramsTuple?: []; params?: {} }
    'profile.update_theme': { paramsTuple?: []; params?: {} }
    'profile.update_notifications': { paramsTuple?: []; params?: {} }
    'profile_sessions.destroy_others': { paramsTuple?: []; params?: {} }
    'profile_sessions.destroy': { paramsTuple: [ParamValue]; params: {'handle': ParamValue} }
    'portal.tickets.index': { paramsTuple?: []; params?: {} }
    'portal.tickets.create': { paramsTuple?: []; params?: {} }
    'portal.tickets.store': { paramsTuple?: []; params?: {} }
    'portal.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'portal.ticket_comments.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ticket_attachments.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attachmentId': ParamValue} }
    'desk.tickets.index': { paramsTuple?: []; params?: {} }
    'desk.figures.show': { paramsTuple?: []; params?: {} }
    'desk.ticket_exports.show': { paramsTuple?: []; params?: {} }
    'desk.ticket_bulk_actions.store': { paramsTuple?: []; params?: {} }
    'desk.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'desk.tickets.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'desk.ticket_assignments.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'desk.ticket_statuses.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'desk.ticket_comments.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'desk.ticket_mails.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'desk.availability.update': { paramsTuple?: []; params?: {} }
    'admin.dashboard.show': { paramsTuple?: []; params?: {} }
    'admin.reports.show': { paramsTuple?: []; params?: {} }
    'admin.reports.export': { paramsTuple?: []; params?: {} }
    'admin.users.index': { paramsTuple?: []; params?: {} }
    'admin.users.create': { paramsTuple?: []; params?: {} }
    'admin.users.store': { paramsTuple?: []; params?: {} }
    'admin.users.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.deactivate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.reactivate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.resend_invitation': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.user_availability.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.groups.index': { paramsTuple?: []; params?: {} }
    'admin.groups.store': { paramsTuple?: []; params?: {} }
    'admin.groups.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.groups.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.group_assignments.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.groups.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.groups.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.categories.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.categories.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.categories.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.categories.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.subcategories.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.subcategories.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.subcategories.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.subcategories.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.group_members.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.group_members.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'userId': ParamValue} }
    'admin.mailboxes.index': { paramsTuple?: []; params?: {} }
    'admin.mailboxes.create': { paramsTuple?: []; params?: {} }
    'admin.mailboxes.store': { paramsTuple?: []; params?: {} }
    'admin.mailboxes.test': { paramsTuple?: []; params?: {} }
    'admin.mailboxes.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mailboxes.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mailboxes.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mailbox_messages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mailbox_messages.raw': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'admin.mailbox_messages.retry': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'admin.settings.edit': { paramsTuple?: []; params?: {} }
    'admin.settings.update': { paramsTuple?: []; params?: {} }
    'admin.audit_logs.index': { paramsTuple?: []; params?: {} }
    'admin.imports.index': { paramsTuple?: []; params?: {} }
    'admin.imports.store': { paramsTuple?: []; params?: {} }
    'admin.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.imports.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.imports.run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.imports.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.imports.progress': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.imports.refused': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.imports.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.plugins.index': { paramsTuple?: []; params?: {} }
    'admin.plugins.show': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'admin.plugin_settings.update': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'admin.plugin_states.update': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'admin.plugin_deliveries.retry': { paramsTuple: [ParamValue,ParamValue]; params: {'pluginId': ParamValue,'deliveryId': ParamValue} }
    'api.openapi.show': { paramsTuple?: []; params?: {} }
    'api.auth.login': { paramsTuple?: []; params?: {} }
    'api.auth.refresh': { paramsTuple?: []; params?: {} }
    'api.auth.logout': { paramsTuple?: []; params?: {} }
    'api.me.show': { paramsTuple?: []; params?: {} }
    'api.me.update_notification_preferences': { paramsTuple?: []; params?: {} }
    'api.me_availability.update': { paramsTuple?: []; params?: {} }
    'api.me_sessions.index': { paramsTuple?: []; params?: {} }
    'api.me_sessions.destroy_others': { paramsTuple?: []; params?: {} }
    'api.me_sessions.destroy': { paramsTuple: [ParamValue]; params: {'handle': ParamValue} }
    'api.groups.index': { paramsTuple?: []; params?: {} }
    'api.tickets.index': { paramsTuple?: []; params?: {} }
    'api.tickets.store': { paramsTuple?: []; params?: {} }
    'api.ticket_exports.show': { paramsTuple?: []; params?: {} }
    'api.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.tickets.comment': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.ticket_attachments.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attachmentId': ParamValue} }
    'api.admin.tickets.index': { paramsTuple?: []; params?: {} }
    'api.admin.ticket_exports.show': { paramsTuple?: []; params?: {} }
    'api.admin.tickets.assign': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.tickets.status': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.tickets.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.reports.show': { paramsTuple?: []; params?: {} }
    'api.admin.groups.usage': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.imports.index': { paramsTuple?: []; params?: {} }
    'api.admin.imports.store': { paramsTuple?: []; params?: {} }
    'api.admin.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.imports.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.imports.run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.imports.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.imports.refused': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.imports.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailboxes.index': { paramsTuple?: []; params?: {} }
    'api.admin.mailboxes.store': { paramsTuple?: []; params?: {} }
    'api.admin.mailboxes.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailboxes.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailboxes.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailboxes.test': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailbox_messages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailbox_messages.raw': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'api.admin.mailbox_messages.retry': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'api.admin.groups.store': { paramsTuple?: []; params?: {} }
    'api.admin.groups.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.groups.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.groups.store_category': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.groups.store_subcategory': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.groups.add_member': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.groups.remove_member': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.user_availability.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.plugins.index': { paramsTuple?: []; params?: {} }
    'api.admin.plugins.show': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'api.admin.plugins.settings': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'api.admin.plugins.state': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'api.admin.plugin_deliveries.index': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'api.admin.plugin_deliveries.retry': { paramsTuple: [ParamValue,ParamValue]; params: {'pluginId': ParamValue,'deliveryId': ParamValue} }
    'plugins.ai-triage.admin': { paramsTuple?: []; params?: {} }
    'plugins.ai-triage.tickets.apply': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.ai-triage.tickets.dismiss': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.ai-triage.train': { paramsTuple?: []; params?: {} }
    'plugins.ai-triage.evaluate': { paramsTuple?: []; params?: {} }
    'plugins.ai-triage.api.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.ai-triage.api.tickets.apply': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.ai-triage.api.tickets.dismiss': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.ldap-sso.admin': { paramsTuple?: []; params?: {} }
    'plugins.ldap-sso.check-connection': { paramsTuple?: []; params?: {} }
    'plugins.ldap-sso.check-user': { paramsTuple?: []; params?: {} }
    'plugins.ldap-sso.preview': { paramsTuple?: []; params?: {} }
    'plugins.ldap-sso.sync': { paramsTuple?: []; params?: {} }
    'plugins.ldap-sso.sync-anyway': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.policies': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.policies.create': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.policies.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.calendars': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.calendars.create': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.calendars.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.test': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.report': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.policies.store': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.policies.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.policies.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.policies.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.calendars.store': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.calendars.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.calendars.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.test.run': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.test.reset': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.api.report': { paramsTuple?: []; params?: {} }
    'plugins.slack-notifications.admin': { paramsTuple?: []; params?: {} }
    'plugins.slack-notifications.test': { paramsTuple?: []; params?: {} }
    'plugins.slack-notifications.api.test': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'health.show': { paramsTuple?: []; params?: {} }
    'home.show': { paramsTuple?: []; params?: {} }
    'setup.show': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'password_reset_requests.create': { paramsTuple?: []; params?: {} }
    'password_resets.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'profile.edit': { paramsTuple?: []; params?: {} }
    'portal.tickets.index': { paramsTuple?: []; params?: {} }
    'portal.tickets.create': { paramsTuple?: []; params?: {} }
    'portal.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ticket_attachments.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attachmentId': ParamValue} }
    'desk.tickets.index': { paramsTuple?: []; params?: {} }
    'desk.figures.show': { paramsTuple?: []; params?: {} }
    'desk.ticket_exports.show': { paramsTuple?: []; params?: {} }
    'desk.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'desk.ticket_mails.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'admin.dashboard.show': { paramsTuple?: []; params?: {} }
    'admin.reports.show': { paramsTuple?: []; params?: {} }
    'admin.reports.export': { paramsTuple?: []; params?: {} }
    'admin.users.index': { paramsTuple?: []; params?: {} }
    'admin.users.create': { paramsTuple?: []; params?: {} }
    'admin.users.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.groups.index': { paramsTuple?: []; params?: {} }
    'admin.groups.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mailboxes.index': { paramsTuple?: []; params?: {} }
    'admin.mailboxes.create': { paramsTuple?: []; params?: {} }
    'admin.mailboxes.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mailbox_messages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mailbox_messages.raw': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'admin.settings.edit': { paramsTuple?: []; params?: {} }
    'admin.audit_logs.index': { paramsTuple?: []; params?: {} }
    'admin.imports.index': { paramsTuple?: []; params?: {} }
    'admin.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.imports.progress': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.imports.refused': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.plugins.index': { paramsTuple?: []; params?: {} }
    'admin.plugins.show': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'api.openapi.show': { paramsTuple?: []; params?: {} }
    'api.me.show': { paramsTuple?: []; params?: {} }
    'api.me_sessions.index': { paramsTuple?: []; params?: {} }
    'api.groups.index': { paramsTuple?: []; params?: {} }
    'api.tickets.index': { paramsTuple?: []; params?: {} }
    'api.ticket_exports.show': { paramsTuple?: []; params?: {} }
    'api.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.ticket_attachments.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attachmentId': ParamValue} }
    'api.admin.tickets.index': { paramsTuple?: []; params?: {} }
    'api.admin.ticket_exports.show': { paramsTuple?: []; params?: {} }
    'api.admin.reports.show': { paramsTuple?: []; params?: {} }
    'api.admin.groups.usage': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.imports.index': { paramsTuple?: []; params?: {} }
    'api.admin.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.imports.refused': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailboxes.index': { paramsTuple?: []; params?: {} }
    'api.admin.mailboxes.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailbox_messages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailbox_messages.raw': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'api.admin.plugins.index': { paramsTuple?: []; params?: {} }
    'api.admin.plugins.show': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'api.admin.plugin_deliveries.index': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'plugins.ai-triage.admin': { paramsTuple?: []; params?: {} }
    'plugins.ai-triage.api.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.ldap-sso.admin': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.policies': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.policies.create': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.policies.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.calendars': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.calendars.create': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.calendars.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.test': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.report': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.api.report': { paramsTuple?: []; params?: {} }
    'plugins.slack-notifications.admin': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'health.show': { paramsTuple?: []; params?: {} }
    'home.show': { paramsTuple?: []; params?: {} }
    'setup.show': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'password_reset_requests.create': { paramsTuple?: []; params?: {} }
    'password_resets.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'profile.edit': { paramsTuple?: []; params?: {} }
    'portal.tickets.index': { paramsTuple?: []; params?: {} }
    'portal.tickets.create': { paramsTuple?: []; params?: {} }
    'portal.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ticket_attachments.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attachmentId': ParamValue} }
    'desk.tickets.index': { paramsTuple?: []; params?: {} }
    'desk.figures.show': { paramsTuple?: []; params?: {} }
    'desk.ticket_exports.show': { paramsTuple?: []; params?: {} }
    'desk.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'desk.ticket_mails.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'admin.dashboard.show': { paramsTuple?: []; params?: {} }
    'admin.reports.show': { paramsTuple?: []; params?: {} }
    'admin.reports.export': { paramsTuple?: []; params?: {} }
    'admin.users.index': { paramsTuple?: []; params?: {} }
    'admin.users.create': { paramsTuple?: []; params?: {} }
    'admin.users.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.groups.index': { paramsTuple?: []; params?: {} }
    'admin.groups.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mailboxes.index': { paramsTuple?: []; params?: {} }
    'admin.mailboxes.create': { paramsTuple?: []; params?: {} }
    'admin.mailboxes.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mailbox_messages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mailbox_messages.raw': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'admin.settings.edit': { paramsTuple?: []; params?: {} }
    'admin.audit_logs.index': { paramsTuple?: []; params?: {} }
    'admin.imports.index': { paramsTuple?: []; params?: {} }
    'admin.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.imports.progress': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.imports.refused': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.plugins.index': { paramsTuple?: []; params?: {} }
    'admin.plugins.show': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'api.openapi.show': { paramsTuple?: []; params?: {} }
    'api.me.show': { paramsTuple?: []; params?: {} }
    'api.me_sessions.index': { paramsTuple?: []; params?: {} }
    'api.groups.index': { paramsTuple?: []; params?: {} }
    'api.tickets.index': { paramsTuple?: []; params?: {} }
    'api.ticket_exports.show': { paramsTuple?: []; params?: {} }
    'api.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.ticket_attachments.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attachmentId': ParamValue} }
    'api.admin.tickets.index': { paramsTuple?: []; params?: {} }
    'api.admin.ticket_exports.show': { paramsTuple?: []; params?: {} }
    'api.admin.reports.show': { paramsTuple?: []; params?: {} }
    'api.admin.groups.usage': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.imports.index': { paramsTuple?: []; params?: {} }
    'api.admin.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.imports.refused': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailboxes.index': { paramsTuple?: []; params?: {} }
    'api.admin.mailboxes.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailbox_messages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailbox_messages.raw': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'api.admin.plugins.index': { paramsTuple?: []; params?: {} }
    'api.admin.plugins.show': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'api.admin.plugin_deliveries.index': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'plugins.ai-triage.admin': { paramsTuple?: []; params?: {} }
    'plugins.ai-triage.api.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.ldap-sso.admin': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.policies': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.policies.create': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.policies.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.calendars': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.calendars.create': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.calendars.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.test': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.report': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.api.report': { paramsTuple?: []; params?: {} }
    'plugins.slack-notifications.admin': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'setup.store': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'password_reset_requests.store': { paramsTuple?: []; params?: {} }
    'password_resets.update': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'portal.tickets.store': { paramsTuple?: []; params?: {} }
    'portal.ticket_comments.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'desk.ticket_bulk_actions.store': { paramsTuple?: []; params?: {} }
    'desk.ticket_comments.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.store': { paramsTuple?: []; params?: {} }
    'admin.users.deactivate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.reactivate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.resend_invitation': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.groups.store': { paramsTuple?: []; params?: {} }
    'admin.groups.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.categories.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.categories.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.subcategories.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.subcategories.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.group_members.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mailboxes.store': { paramsTuple?: []; params?: {} }
    'admin.mailboxes.test': { paramsTuple?: []; params?: {} }
    'admin.mailbox_messages.retry': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'admin.imports.store': { paramsTuple?: []; params?: {} }
    'admin.imports.run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.imports.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.plugin_deliveries.retry': { paramsTuple: [ParamValue,ParamValue]; params: {'pluginId': ParamValue,'deliveryId': ParamValue} }
    'api.auth.login': { paramsTuple?: []; params?: {} }
    'api.auth.refresh': { paramsTuple?: []; params?: {} }
    'api.auth.logout': { paramsTuple?: []; params?: {} }
    'api.tickets.store': { paramsTuple?: []; params?: {} }
    'api.tickets.comment': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.imports.store': { paramsTuple?: []; params?: {} }
    'api.admin.imports.run': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.imports.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailboxes.store': { paramsTuple?: []; params?: {} }
    'api.admin.mailboxes.test': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailbox_messages.retry': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'api.admin.groups.store': { paramsTuple?: []; params?: {} }
    'api.admin.groups.store_category': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.groups.store_subcategory': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.groups.add_member': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.plugin_deliveries.retry': { paramsTuple: [ParamValue,ParamValue]; params: {'pluginId': ParamValue,'deliveryId': ParamValue} }
    'plugins.ai-triage.tickets.apply': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.ai-triage.tickets.dismiss': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.ai-triage.train': { paramsTuple?: []; params?: {} }
    'plugins.ai-triage.evaluate': { paramsTuple?: []; params?: {} }
    'plugins.ai-triage.api.tickets.apply': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.ai-triage.api.tickets.dismiss': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.ldap-sso.check-connection': { paramsTuple?: []; params?: {} }
    'plugins.ldap-sso.check-user': { paramsTuple?: []; params?: {} }
    'plugins.ldap-sso.preview': { paramsTuple?: []; params?: {} }
    'plugins.ldap-sso.sync': { paramsTuple?: []; params?: {} }
    'plugins.ldap-sso.sync-anyway': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.policies.store': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.policies.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.calendars.store': { paramsTuple?: []; params?: {} }
    'plugins.sla-escalation.test.run': { paramsTuple?: []; params?: {} }
    'plugins.slack-notifications.test': { paramsTuple?: []; params?: {} }
    'plugins.slack-notifications.api.test': { paramsTuple?: []; params?: {} }
  }
  PUT: {
    'profile.update': { paramsTuple?: []; params?: {} }
    'profile.update_password': { paramsTuple?: []; params?: {} }
    'profile.update_theme': { paramsTuple?: []; params?: {} }
    'profile.update_notifications': { paramsTuple?: []; params?: {} }
    'desk.tickets.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'desk.ticket_assignments.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'desk.ticket_statuses.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'desk.availability.update': { paramsTuple?: []; params?: {} }
    'admin.users.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.user_availability.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.groups.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.group_assignments.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.categories.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.subcategories.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mailboxes.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.settings.update': { paramsTuple?: []; params?: {} }
    'admin.imports.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.plugin_settings.update': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'admin.plugin_states.update': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'api.me.update_notification_preferences': { paramsTuple?: []; params?: {} }
    'api.me_availability.update': { paramsTuple?: []; params?: {} }
    'api.admin.tickets.assign': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.tickets.status': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.tickets.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.imports.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailboxes.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.groups.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.user_availability.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.plugins.settings': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'api.admin.plugins.state': { paramsTuple: [ParamValue]; params: {'pluginId': ParamValue} }
    'plugins.sla-escalation.policies.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.calendars.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  DELETE: {
    'profile_sessions.destroy_others': { paramsTuple?: []; params?: {} }
    'profile_sessions.destroy': { paramsTuple: [ParamValue]; params: {'handle': ParamValue} }
    'admin.groups.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.categories.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.subcategories.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.group_members.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'userId': ParamValue} }
    'admin.mailboxes.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.imports.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.me_sessions.destroy_others': { paramsTuple?: []; params?: {} }
    'api.me_sessions.destroy': { paramsTuple: [ParamValue]; params: {'handle': ParamValue} }
    'api.admin.imports.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.mailboxes.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.groups.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.admin.groups.remove_member': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.policies.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.calendars.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'plugins.sla-escalation.test.reset': { paramsTuple?: []; params?: {} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}