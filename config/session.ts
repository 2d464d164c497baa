import env from '#start/env'
import { defineConfig } from '@adonisjs/session'
import { secureCookies } from '#config/app'
import { redisSessionStore } from '#auth/redis_session_store'

/**
 * Sessions live in Redis, so signing out, changing or resetting a password,
 * deactivation and role changes really end them: a copied cookie is worth
 * nothing once its session is gone (docs/architecture.md, "Accounts").
 * Every web process shares them, so any number can run behind a proxy.
 */
const sessionConfig = defineConfig({
  enabled: true,
  cookieName: 'switchboard-session',
  clearWithBrowser: false,
  age: '2h',
  cookie: {
    path: '/',
    httpOnly: true,
    secure: secureCookies,
    sameSite: 'lax',
  },
  store: env.get('SESSION_STORE', 'redis'),
  stores: {
    redis: redisSessionStore({ connection: 'sessions' }),
  },
})

export default sessionConfig
