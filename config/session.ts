import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'
import { secureCookies } from '#config/app'

/**
 * Sessions live in an encrypted cookie so web processes stay stateless and
 * keep serving pages while Redis is down. Sign-in state is re-checked
 * against the database on every request, so deactivating a user ends their
 * sessions at once regardless of the store.
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
  store: app.inTest ? 'memory' : 'cookie',
  stores: {
    cookie: stores.cookie(),
  },
})

export default sessionConfig
