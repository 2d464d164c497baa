import { test } from '@japa/runner'
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const APP_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const run = promisify(execFile)

/** Boots a fresh application in a child process after importing `module` before anything else. */
function importFirst(module: string) {
  return run(
    process.execPath,
    ['--import', '@poppinss/ts-exec', 'tests/support/import_first.ts', module],
    { cwd: APP_ROOT, env: { ...process.env, NODE_ENV: 'test' }, timeout: 60_000 }
  )
}

test.group('Import order', () => {
  for (const module of [
    '#services/notifications/ticket_notifications',
    '#services/notifications/notification_sender',
    '#services/tickets/ticket_workflow',
    '#platform/subscribers',
  ]) {
    test(`importing ${module} first, then booting, works`, async ({ assert }) => {
      const { stdout } = await importFirst(module)
      assert.include(stdout, `imported ${module} first`)
    }).timeout(90_000)
  }
})
