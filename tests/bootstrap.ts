import { assert } from '@japa/assert'
import { apiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import type { Config } from '@japa/runner/types'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import testUtils from '@adonisjs/core/services/test_utils'
import { browserClient } from '@japa/browser-client'
import { sessionApiClient } from '@adonisjs/session/plugins/api_client'
import { sessionBrowserClient } from '@adonisjs/session/plugins/browser_client'
import { shieldApiClient } from '@adonisjs/shield/plugins/api_client'
import { authApiClient } from '@adonisjs/auth/plugins/api_client'
import { authBrowserClient } from '@adonisjs/auth/plugins/browser_client'
import { inertiaApiClient } from '@adonisjs/inertia/plugins/api_client'
import { chromium } from 'playwright'
import { ensureServicesReachable } from '#tests/support/services'
import { startMailCatcher } from '#tests/support/mailbox'
import { stopAllSlapd } from '#tests/support/slapd'
import { stopAllImapServers } from '#tests/support/imap_server'
import '#tests/support/macros'

/**
 * Chromium from Debian (/usr/bin/chromium); Playwright never downloads a
 * browser here. Override with CHROMIUM_PATH.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const plugins: Config['plugins'] = [
  assert(),
  apiClient(),
  pluginAdonisJS(app),
  sessionApiClient(app),
  shieldApiClient(),
  authApiClient(app),
  inertiaApiClient(app),
  browserClient({
    runInSuites: ['browser'],
    contextOptions: { viewport: { width: 1280, height: 800 } },
    launcher: (config) =>
      chromium.launch({
        ...config,
        executablePath: chromiumPath,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      }),
  }),
  sessionBrowserClient(app),
  authBrowserClient(app),
]

export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [
    () => ensureServicesReachable(),
    () => testUtils.db().migrate(),
    () => startMailCatcher(),
  ],
  /**
   * A throwaway slapd or dovecot a failed test left running
   * (tests/support/slapd.ts, tests/support/imap_server.ts) is stopped here.
   */
  teardown: [() => stopAllSlapd(), () => stopAllImapServers()],
}

export const configureSuite: Config['configureSuite'] = (suite) => {
  if (['browser', 'functional'].includes(suite.name)) {
    return suite.setup(() => testUtils.httpServer().start())
  }
}
