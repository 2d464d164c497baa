import { configProvider } from '@adonisjs/core'
import string from '@adonisjs/core/helpers/string'
import { MessageBuilder } from '@adonisjs/core/helpers'
import type { HttpContext } from '@adonisjs/core/http'
import type { RedisConnections } from '@adonisjs/redis/types'
import type {
  SessionConfig,
  SessionData,
  SessionStoreFactory,
  SessionStoreWithTaggingContract,
  TaggedSession,
} from '@adonisjs/session/types'
import SessionStoreUnavailableException from '#exceptions/session_store_unavailable'

type Connection = {
  get(key: string): Promise<string | null>
  setex(key: string, seconds: number, value: string): Promise<unknown>
  del(...keys: string[]): Promise<unknown>
  expire(key: string, seconds: number): Promise<unknown>
  sadd(key: string, ...members: string[]): Promise<unknown>
  srem(key: string, ...members: string[]): Promise<unknown>
  smembers(key: string): Promise<string[]>
  mget(...keys: string[]): Promise<(string | null)[]>
}

/**
 * Web sessions in Redis, tagged by user so that every session of a person
 * can be listed and ended ("sign out everywhere"). Differences from the
 * stock Redis store, each for the outage story:
 *
 * - a request without a session cookie has no session to read, so it is
 *   answered without asking Redis; and an /api request without one (a
 *   bearer-token client) gets a session that is never stored: API calls
 *   keep working while Redis is down;
 * - any Redis failure becomes SessionStoreUnavailableException (a 503),
 *   never a 500 and never a silent sign-out.
 */
export class RedisSessionStore implements SessionStoreWithTaggingContract {
  constructor(
    private connection: Connection,
    private ttlSeconds: number,
    private request: { hasCookie: boolean; isApi: boolean } = { hasCookie: true, isApi: false }
  ) {}

  private get ephemeral() {
    return !this.request.hasCookie && this.request.isApi
  }

  async read(sessionId: string) {
    if (!this.request.hasCookie) {
      return null
    }
    const contents = await this.run(() => this.connection.get(sessionId))
    return contents ? this.decode(contents, sessionId) : null
  }

  async write(sessionId: string, values: SessionData) {
    if (this.ephemeral) {
      return
    }
    const message = new MessageBuilder().build(values, undefined, sessionId)
    await this.run(() => this.connection.setex(sessionId, this.ttlSeconds, message))
  }

  async destroy(sessionId: string) {
    await this.run(() => this.connection.del(sessionId))
  }

  async touch(sessionId: string) {
    if (this.ephemeral) {
      return
    }
    await this.run(() => this.connection.expire(sessionId, this.ttlSeconds))
  }

  /** The tag set lives as long as the newest session in it could. */
  async tag(sessionId: string, userId: string | number) {
    const key = tagKey(userId)
    await this.run(async () => {
      await this.connection.sadd(key, sessionId)
      await this.connection.expire(key, this.ttlSeconds)
    })
  }

  async untag(sessionId: string, userId: string | number) {
    await this.run(() => this.connection.srem(tagKey(userId), sessionId))
  }

  /** The user's sessions that still exist; ids of expired ones are dropped from the tag. */
  async tagged(userId: string | number): Promise<TaggedSession[]> {
    return this.run(async () => {
      const ids = await this.connection.smembers(tagKey(userId))
      if (ids.length === 0) {
        return []
      }
      const contents = await this.connection.mget(...ids)
      const sessions: TaggedSession[] = []
      const gone: string[] = []
      ids.forEach((id, index) => {
        const data = contents[index] ? this.decode(contents[index]!, id) : null
        if (data) {
          sessions.push({ id, data })
        } else {
          gone.push(id)
        }
      })
      if (gone.length) {
        await this.connection.srem(tagKey(userId), ...gone)
      }
      return sessions
    })
  }

  private decode(contents: string, sessionId: string): SessionData | null {
    try {
      return new MessageBuilder().verify<SessionData>(contents, sessionId)
    } catch {
      return null
    }
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command()
    } catch (error) {
      throw new SessionStoreUnavailableException(error)
    }
  }
}

function tagKey(userId: string | number) {
  return `tag:${userId}`
}

/** The `stores` entry for config/session.ts. */
export function redisSessionStore(options: { connection: keyof RedisConnections }) {
  return configProvider.create(async (app): Promise<SessionStoreFactory> => {
    const redis = await app.container.make('redis')
    const connection = redis.connection(options.connection) as unknown as Connection
    return (ctx: HttpContext | null, config: SessionConfig) =>
      new RedisSessionStore(
        connection,
        string.seconds.parse(config.age),
        ctx
          ? {
              hasCookie: Boolean(ctx.request.cookie(config.cookieName)),
              isApi: ctx.request.url().startsWith('/api/'),
            }
          : undefined
      )
  })
}
