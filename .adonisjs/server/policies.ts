export const policies = {
  AuditLogPolicy: () => import('#policies/audit_log_policy'),
  GroupPolicy: () => import('#policies/group_policy'),
  OrganizationPolicy: () => import('#policies/organization_policy'),
  UserPolicy: () => import('#policies/user_policy'),
}

