import type { Context } from '../types.js'
import type { Change } from './plan.js'

export type ApplyError = { email: string; kind: Change['kind']; error: string }

/**
 * Makes the planned changes through the host API (each is audited as done
 * by this plugin; a deactivation ends the person's sessions and tokens at
 * once). One failing change is reported and the others still happen.
 */
export async function applyChanges(context: Context, changes: Change[]) {
  const errors: ApplyError[] = []
  for (const change of changes) {
    context.signal.throwIfAborted()
    try {
      await applyOne(context, change)
    } catch (error) {
      errors.push({ email: change.email, kind: change.kind, error: (error as Error).message })
    }
  }
  return errors
}

async function applyOne(context: Context, change: Change) {
  switch (change.kind) {
    case 'create': {
      const { identity } = change
      await context.users.create({
        email: identity.email,
        name: identity.name,
        role: identity.role,
        department: identity.department ?? null,
        externalId: identity.externalId,
        groupIds: identity.groupIds,
      })
      return
    }
    case 'update': {
      if (change.reactivate) await context.users.reactivate(change.userId)
      if (Object.keys(change.fields).length)
        await context.users.update(change.userId, change.fields)
      if (change.role) await context.users.setRole(change.userId, change.role)
      if (change.groupIds) await context.users.setGroups(change.userId, change.groupIds)
      return
    }
    case 'deactivate':
      await context.users.deactivate(change.userId)
      return
    case 'skip':
      return
  }
}
