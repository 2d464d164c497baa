import type { Context } from '../types.js'
import type { AgentChoice } from '../ui/types.js'

/** More than any helpdesk's staff; a page of the picker beyond it would be unusable anyway. */
const MAX_STAFF = 2000

/**
 * The organization's active agents and admins: whom a ladder step may
 * e-mail by name or reassign to. Read a page at a time, by id.
 */
export async function activeStaff(context: Pick<Context, 'users'>): Promise<AgentChoice[]> {
  const staff: AgentChoice[] = []
  let cursor: string | null = null
  do {
    const page = await context.users.list({
      role: ['agent', 'admin'],
      active: true,
      cursor,
      limit: 500,
    })
    for (const user of page.users) {
      staff.push({ id: user.id, name: user.name, email: user.email, groupIds: user.groupIds })
    }
    cursor = page.nextCursor
  } while (cursor && staff.length < MAX_STAFF)
  return staff.sort((a, b) => a.name.localeCompare(b.name))
}
