import db from '@adonisjs/lucid/services/db'
import { HostNotFound, HostValidationError } from '#platform/errors'
import type { HostScope } from '#platform/host'
import TranslatableError from '#i18n/translatable_error'
import { IllegalTransition } from '#services/tickets/ticket_lifecycle'
import type { ActorContext } from '#services/request_context'

/** The host's fields are named as in its types; a few services name them as their forms do. */
const FIELD_NAMES: Record<string, string> = { assignedTo: 'assigneeId' }

/** How a plugin's writes are attributed: no person, the plugin by id and manifest name. */
export function pluginActor(scope: HostScope): ActorContext {
  return {
    actor: null,
    ip: null,
    userAgent: `plugin:${scope.pluginId}`,
    plugin: { id: scope.pluginId, name: scope.pluginName },
  }
}

type FieldMessages = { messages: { field: string; message: string }[] }

function hasFieldMessages(error: unknown): error is FieldMessages {
  const messages = (error as { messages?: unknown } | null)?.messages
  return (
    Array.isArray(messages) &&
    messages.every(
      (entry) => typeof entry?.field === 'string' && typeof entry?.message === 'string'
    )
  )
}

/**
 * Runs a service call for a plugin and turns the refusals a person would
 * see beside a form field (FormError, VineJS errors, an illegal status
 * move, the last admin) into HostValidationError, keyed by the host's
 * field names. Anything else is a fault and goes up as it is.
 */
export async function asHostCall<T>(work: () => Promise<T>, fallbackField = 'request'): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof HostValidationError || error instanceof HostNotFound) {
      throw error
    }
    if (hasFieldMessages(error)) {
      throw new HostValidationError(
        Object.fromEntries(
          error.messages.map(({ field, message }) => [FIELD_NAMES[field] ?? field, message])
        )
      )
    }
    if (error instanceof IllegalTransition) {
      throw new HostValidationError({ status: error.message })
    }
    if (error instanceof TranslatableError) {
      throw new HostValidationError({ [fallbackField]: error.message })
    }
    throw error
  }
}

/**
 * A record a plugin names by id (a group to move a ticket to, a user to
 * assign) must be its organization's: another organization's id is "not
 * found", as if it did not exist, before any service sees it.
 */
export async function assertOwned(
  scope: HostScope,
  what: 'ticket' | 'user' | 'group' | 'category' | 'subcategory',
  id: number | null | undefined
) {
  if (id === null || id === undefined) {
    return
  }
  const table = {
    ticket: 'tickets',
    user: 'users',
    group: 'groups',
    category: 'categories',
    subcategory: 'subcategories',
  }[what]
  const row = Number.isSafeInteger(id)
    ? await db.from(table).where({ id, organization_id: scope.organizationId }).select('id').first()
    : null
  if (!row) {
    throw new HostNotFound(what, id)
  }
}

/** Cursor pages: an opaque token for the last row's sort key. */
export function encodeCursor(key: unknown[]) {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(key) && key.length === length) {
      return key
    }
  } catch {}
  throw new HostValidationError({ cursor: 'not a cursor this call handed out' })
}

export function pageLimit(limit: number | undefined, max = 500) {
  if (limit === undefined) {
    return 100
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new HostValidationError({ limit: `a whole number from 1 to ${max}` })
  }
  return limit
}
