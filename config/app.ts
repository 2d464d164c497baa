import env from '#start/env'
import { defineConfig } from '@adonisjs/core/http'
import { answerBadUrl } from '#exceptions/bad_url'

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
   * X-Forwarded-* headers are believed only from the proxies named in
   * TRUSTED_PROXIES (none by default): otherwise anyone could choose the IP
   * that sign-in limits, API limits and the audit trail see.
   */
  trustProxy: env.get('TRUSTED_PROXIES')?.trim() || false,

  /** A path with broken percent-encoding never reaches the router. */
  onBadUrl: answerBadUrl,

  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: secureCookies,
    sameSite: 'lax',
  },
})
