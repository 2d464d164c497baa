import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'

/**
 * The app key signs cookies and encrypts plugin secrets at rest. Losing or
 * changing it signs everyone out and makes stored secrets unreadable.
 */
export const appKey = env.get('APP_KEY')

/**
 * Public base URL, used for links in e-mails (password reset, invitations).
 */
export const appUrl = env.get('APP_URL')

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: false,
  useAsyncLocalStorage: false,

  /**
   * Behind a reverse proxy (the docker setup) the client IP comes from
   * X-Forwarded-For; rate limits and audit logs depend on it.
   */
  trustProxy: () => true,

  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
