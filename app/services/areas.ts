import type { Role } from '#models/user'

/**
 * Each role lands in its own area after sign-in: customers in the portal,
 * agents in the desk, admins in admin.
 */
export function homeRouteFor(role: Role) {
  switch (role) {
    case 'admin':
      return 'admin.dashboard.show' as const
    case 'agent':
      return 'desk.tickets.index' as const
    default:
      return 'portal.tickets.index' as const
  }
}

/** Areas a role may enter; used by the area switcher and the role middleware. */
export function areasFor(role: Role) {
  switch (role) {
    case 'admin':
      return ['portal', 'desk', 'admin'] as const
    case 'agent':
      return ['portal', 'desk'] as const
    default:
      return ['portal'] as const
  }
}
