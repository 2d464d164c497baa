import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'

/** A plugin acting through the host API: its id, and the manifest name pages show. */
export type PluginActor = { id: string; name: string }

/**
 * Who is acting and from where, as recorded in audit_logs. Built from the
 * request in controllers; commands and jobs build it by hand. A plugin's
 * write has `actor: null` and `plugin` set: history, audit and events
 * name the plugin instead of a person.
 */
export type ActorContext = {
  actor: User | null
  ip: string | null
  userAgent: string | null
  plugin?: PluginActor | null
}

export function actorContext(ctx: HttpContext, actor?: User | null): ActorContext {
  return {
    actor: actor === undefined ? (ctx.auth.user ?? null) : actor,
    ip: ctx.request.ip() ?? null,
    userAgent: ctx.request.header('user-agent')?.slice(0, 512) ?? null,
  }
}

export const systemContext: ActorContext = { actor: null, ip: null, userAgent: 'system' }
