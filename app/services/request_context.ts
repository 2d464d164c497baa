import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'

/**
 * Who is acting and from where, as recorded in audit_logs. Built from the
 * request in controllers; commands and jobs build it by hand.
 */
export type ActorContext = {
  actor: User | null
  ip: string | null
  userAgent: string | null
}

export function actorContext(ctx: HttpContext, actor?: User | null): ActorContext {
  return {
    actor: actor === undefined ? (ctx.auth.user ?? null) : actor,
    ip: ctx.request.ip() ?? null,
    userAgent: ctx.request.header('user-agent')?.slice(0, 512) ?? null,
  }
}

export const systemContext: ActorContext = { actor: null, ip: null, userAgent: 'system' }
