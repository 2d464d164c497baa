import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { ESLint } from 'eslint'

/**
 * The plugin import rule through the repository's own ESLint config, as
 * `npm run lint` runs it: on text linted as if it were a file of a plugin
 * folder (the folder need not exist).
 */
const eslint = new ESLint({ cwd: app.makePath() })

async function problems(code: string, path = 'plugins/acme-alerts/handlers/notify.ts') {
  const [result] = await eslint.lintText(code, { filePath: app.makePath(path) })
  return result.messages
    .filter((message) => message.ruleId === 'switchboard/plugin-imports')
    .map((message) => message.message)
}

test.group('lint: plugins import only the SDK', () => {
  test('a model import is an error that says what to use instead', async ({ assert }) => {
    const found = await problems(
      "import Ticket from '#models/ticket'\n\nexport const model = Ticket\n"
    )
    assert.lengthOf(found, 1)
    assert.include(found[0], '"#models/ticket" is not part of the plugin SDK')
    assert.include(found[0], 'context.tickets')
  })

  test('services, controllers, other aliases and framework singletons are errors, also as types and dynamic imports', async ({
    assert,
  }) => {
    const found = await problems(
      [
        "import type { ActorContext } from '#services/request_context'",
        "import TicketsController from '#controllers/tickets_controller'",
        "import env from '#start/env'",
        "import db from '@adonisjs/lucid/services/db'",
        "import router from '@adonisjs/core/services/router'",
        '',
        'export async function load(context: ActorContext) {',
        "  const lazy = await import('@adonisjs/lucid/services/db')",
        '  return [lazy, db, router, env, TicketsController, context]',
        '}',
        '',
      ].join('\n')
    )
    assert.lengthOf(found, 6)
    assert.include(found[0], 'host API')
    assert.include(found[1], 'hooks.page')
    assert.include(found[3], 'context.db')
    assert.include(found[5], 'context.db')
  })

  test('the SDK, npm packages and files of the same plugin are fine', async ({ assert }) => {
    const found = await problems(
      [
        "import vine from '@vinejs/vine'",
        "import { DateTime } from 'luxon'",
        "import { definePlugin } from '#platform/sdk'",
        "import { pluginTestContext } from '#platform/sdk/testing'",
        "import format from './format.js'",
        "import settings from '../settings.js'",
        '',
        'export default [vine, DateTime, definePlugin, pluginTestContext, format, settings]',
        '',
      ].join('\n')
    )
    assert.deepEqual(found, [])
  })

  test('a relative path that leaves the plugin folder is an error', async ({ assert }) => {
    const found = await problems(
      [
        "import other from '../../other-plugin/plugin.js'",
        "import core from '../../../app/platform/hooks.js'",
        '',
        "export const loaded = [other, core, await import('../../slack/format.js')]",
        '',
      ].join('\n')
    )
    assert.lengthOf(found, 3)
    assert.include(found[0], 'leaves plugins/acme-alerts/')
  })

  test('fixture plugins and Vue components of a plugin follow the same rule', async ({
    assert,
  }) => {
    const fixture = await problems(
      "import Ticket from '#models/ticket'\n\nexport const model = Ticket\n",
      'tests/fixtures/plugins/fixture-x/plugin.ts'
    )
    assert.lengthOf(fixture, 1)
    const component = await problems(
      [
        '<script setup lang="ts">',
        "import Button from '~/components/ui/Button.vue'",
        "import { format } from '../format.js'",
        "import helper from '../../../other/helper.js'",
        '',
        'defineProps<{ data: { note: string } | null }>()',
        'const parts = [Button, format, helper]',
        '</script>',
        '',
        '<template>',
        '  <p>{{ parts.length }}</p>',
        '</template>',
        '',
      ].join('\n'),
      'plugins/acme-alerts/ui/pages/AlertsPage.vue'
    )
    assert.lengthOf(component, 2)
    assert.include(component[0], 'core')
    assert.include(component[1], 'leaves plugins/acme-alerts/')
  })

  test('core files are not subject to the rule', async ({ assert }) => {
    const found = await problems(
      "import Ticket from '#models/ticket'\n\nexport const model = Ticket\n",
      'app/services/example.ts'
    )
    assert.deepEqual(found, [])
  })
})
