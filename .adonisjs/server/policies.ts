export const policies = {
  AuditLogPolicy: () => import('#policies/audit_log_policy'),
  CategoryPolicy: () => import('#policies/category_policy'),
  DataImportPolicy: () => import('#policies/data_import_policy'),
  GroupPolicy: () => import('#policies/group_policy'),
  MailboxPolicy: () => import('#policies/mailbox_policy'),
  OrganizationPolicy: () => import('#policies/organization_policy'),
  PluginPolicy: () => import('#policies/plugin_policy'),
  TicketPolicy: () => import('#policies/ticket_policy'),
  UserPolicy: () => import('#policies/user_policy'),
}

