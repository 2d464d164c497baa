import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/shield'

/** Vite's HMR websocket, only while developing. */
const devSockets = app.inDev ? ['ws://localhost:*', 'ws://127.0.0.1:*'] : []

const shieldConfig = defineConfig({
  /**
   * A strict CSP: scripts only from this origin or with the per-request
   * nonce, no inline event handlers, no framing.
   */
  csp: {
    enabled: true,
    directives: {
      defaultSrc: [`'self'`],
      scriptSrc: [`'self'`, '@viteUrl', '@nonce'],
      styleSrc: [`'self'`, `'unsafe-inline'`, '@viteUrl'],
      imgSrc: [`'self'`, 'data:', 'blob:'],
      fontSrc: [`'self'`, 'data:', '@viteUrl'],
      connectSrc: [`'self'`, ...devSockets],
      objectSrc: [`'none'`],
      frameAncestors: [`'none'`],
      baseUri: [`'self'`],
      formAction: [`'self'`],
    },
    reportOnly: false,
  },

  csrf: {
    enabled: true,
    exceptRoutes: (ctx) => ctx.request.url().startsWith('/api/'),
    enableXsrfCookie: true,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },

  xFrame: {
    enabled: true,
    action: 'DENY',
  },

  hsts: {
    enabled: true,
    maxAge: '180 days',
  },

  contentTypeSniffing: {
    enabled: true,
  },
})

export default shieldConfig
