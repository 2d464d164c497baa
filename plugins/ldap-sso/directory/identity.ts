import type { ExternalIdentity } from '#platform/sdk'
import type { LdapSettings } from '../types.js'
import type { DirectoryGroup } from './groups.js'
import { placementOf } from './mapping.js'
import type { DirectoryPerson } from './person.js'

/**
 * What Switchboard keeps of a directory person: their details, the groups
 * they are in (by name, shown in Admin → Users), and the role and teams the
 * mapping gives them; null when the mapping refuses them.
 */
export function identityOf(
  person: DirectoryPerson,
  groups: DirectoryGroup[],
  settings: LdapSettings
): (ExternalIdentity & { role: NonNullable<ExternalIdentity['role']>; groupIds: number[] }) | null {
  const placement = placementOf(groups, settings)
  if (!placement) return null
  return {
    email: person.email,
    name: person.name,
    externalId: person.externalId,
    department: person.department,
    role: placement.role,
    groups: groups.map((item) => item.name).sort(),
    groupIds: placement.groupIds,
  }
}
