import { createHash } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import type { HttpContext } from '@adonisjs/core/http'
import { SessionCollection } from '@adonisjs/session'
import type User from '#models/user'
import { describeDevice, type Device } from '#helpers/device_name'
import SignInService from '#services/sign_in_service'
import { actorContext } from '#services/request_context'

/** Kept in the session itself: when and from where it was signed in, and last seen. */
const META = 'signIn'
/** Last-seen is rewritten at most this often, so most requests only refresh the expiry. */
const SEEN_EVERY_MS = 60_000

type SignInMeta = { at: number; seen: number; ip: string | null; agent: string | null }

export type WebSession = Device & {
  id: string
  ip: string | null
  signedInAt: string
  lastSeenAt: string
  current: boolean
}

/**
 * The public handle of a session: a session id is a credential, so pages
 * and the API only ever see a digest of it.
 */
export function sessionHandle(sessionId: string) {
  return `web-${createHash('sha256').update(sessionId).digest('hex').slice(0, 20)}`
}

function origin(ctx: HttpContext) {
  return {
    ip: ctx.request.ip() ?? null,
    agent: ctx.request.header('user-agent')?.slice(0, 512) ?? null,
  }
}

/**
 * Web sessions of a user: stamped at sign-in, checked on every request
 * against the user's `sessions_valid_from`, listed and ended by handle.
 * The store (Redis in production) tags every session with its user.
 */
export default class WebSessions {
  /** After a successful sign-in (the guard has just issued a fresh session id). */
  static async begin(ctx: HttpContext, user: User) {
    const now = Date.now()
    ctx.session.put(META, { at: now, seen: now, ...origin(ctx) } satisfies SignInMeta)
    await ctx.session.tag(String(user.id))
  }

  /**
   * Runs after the session guard found a user. A session signed in before
   * the user's last "sign out everywhere" is ended here even if the store
   * still had it; a session the guard created from a remember-me cookie is
   * stamped now.
   */
  static async confirm(ctx: HttpContext) {
    const guard = ctx.auth.use('web')
    const user = guard.user
    if (!user) {
      return
    }
    const meta = ctx.session.get(META) as SignInMeta | undefined
    if (!meta) {
      await this.begin(ctx, user)
      return
    }
    if (user.sessionsValidFrom && meta.at < user.sessionsValidFrom.toMillis()) {
      await this.close(ctx)
      return
    }
    const now = Date.now()
    const here = origin(ctx)
    if (now - meta.seen > SEEN_EVERY_MS || here.ip !== meta.ip) {
      ctx.session.put(META, { ...meta, ...here, seen: now })
    }
  }

  /** Keeps the current session valid across a "sign out everywhere" stamped at `validFrom`. */
  static keepCurrent(ctx: HttpContext, validFrom: number) {
    const meta = ctx.session.get(META) as SignInMeta | undefined
    if (meta) {
      ctx.session.put(META, { ...meta, at: validFrom })
    }
  }

  /**
   * Signs this request's session out (the sign-out button, or "sign out"
   * on its own entry in the profile's list) and audits it. The session id
   * changes, so its data is deleted and a copy of the cookie is worthless.
   */
  static async signOut(ctx: HttpContext) {
    const user = ctx.auth.use('web').user
    await this.close(ctx)
    if (user) {
      await SignInService.recordSignOut(user, actorContext(ctx, user))
    }
  }

  private static async close(ctx: HttpContext) {
    await ctx.auth.use('web').logout()
    ctx.session.forget(META)
    ctx.session.regenerate()
  }

  static async list(user: User, currentSessionId?: string): Promise<WebSession[]> {
    const collection = await this.collection()
    const sessions = await collection.tagged(String(user.id))
    const validFrom = user.sessionsValidFrom?.toMillis() ?? 0
    return sessions
      .filter(({ data }) => {
        const meta = data[META] as SignInMeta | undefined
        return String(data.auth_web ?? '') === String(user.id) && meta && meta.at >= validFrom
      })
      .map(({ id, data }) => {
        const meta = data[META] as SignInMeta
        return {
          id: sessionHandle(id),
          ...describeDevice(meta.agent),
          ip: meta.ip,
          signedInAt: new Date(meta.at).toISOString(),
          lastSeenAt: new Date(meta.seen).toISOString(),
          current: id === currentSessionId,
        }
      })
      .sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt))
  }

  /** Ends the user's session with this handle; false when they have none by it. */
  static async destroy(user: User, handle: string) {
    const collection = await this.collection()
    const sessions = await collection.tagged(String(user.id))
    const session = sessions.find(({ id }) => sessionHandle(id) === handle)
    if (!session) {
      return false
    }
    await collection.destroy(session.id)
    return true
  }

  /**
   * Deletes every session of the user but `exceptSessionId`. Called after
   * the transaction that moved `sessions_valid_from`, so if the store is
   * unreachable the sessions are already refused; their data just lingers
   * until it expires.
   */
  static async destroyAll(user: User, exceptSessionId?: string) {
    try {
      const collection = await this.collection()
      for (const { id } of await collection.tagged(String(user.id))) {
        if (id !== exceptSessionId) {
          await collection.destroy(id)
        }
      }
    } catch (error) {
      logger.warn(
        { err: error, userId: user.id },
        'could not delete the sessions of a user; they are refused by sessions_valid_from until they expire'
      )
    }
  }

  private static collection() {
    return app.container.make(SessionCollection)
  }
}
