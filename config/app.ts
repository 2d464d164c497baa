import env from '#start/env'
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

/**
 * Cookies are marked Secure when Switchboard is served over HTTPS. Deciding
 * by APP_URL rather than NODE_ENV keeps a plain-http trial install
 * (http://server:3333) usable while any real deployment gets Secure cookies.
 */
export const secureCookies = appUrl.startsWith('https://')

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
    secure: secureCookies,
    sameSite: 'lax',
  },
})
