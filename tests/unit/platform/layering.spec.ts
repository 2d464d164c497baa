import { test } from '@japa/runner'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

const ROOT = process.cwd()
const PLATFORM = join(ROOT, 'app', 'platform')

/** The platform is the lower layer: the features built on it must never be imported by it. */
const FORBIDDEN = [
  '#services/tickets',
  '#services/notifications',
  '#services/plugin_host',
  '#controllers',
  '#mails',
  '#jobs',
]

/**
 * The services modules the platform still imports (infrastructure and the
 * admin write path); a new one is a decision, made here.
 */
const ALLOWED_SERVICES = [
  '#services/audit_log_service',
  '#services/locales',
  '#services/queue/queue_registry',
  '#services/queue/scheduled_job',
  '#services/request_context',
]

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : []
  )
}

/** Every module a file imports: static, type-only, re-exports and `import()`. */
function importsOf(file: string) {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
  return info.importedFiles.map((imported) => imported.fileName)
}

test.group('Layering of app/platform', () => {
  test('no file of app/platform imports tickets, notifications or other features above it', ({
    assert,
  }) => {
    const files = sources(PLATFORM)
    assert.isAbove(files.length, 10)
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((name) =>
          FORBIDDEN.some((prefix) => name === prefix || name.startsWith(`${prefix}/`))
        )
        .map((name) => `${relative(ROOT, file)} imports ${name}`)
    )
    assert.deepEqual(offending, [])
  })

  test('the services it still imports are the listed ones', ({ assert }) => {
    const used = new Set(
      sources(PLATFORM).flatMap((file) =>
        importsOf(file).filter((name) => name.startsWith('#services/'))
      )
    )
    assert.deepEqual(
      [...used].filter((name) => !ALLOWED_SERVICES.includes(name)),
      []
    )
  })

  test('the scan sees imports, type-only imports and import() alike', ({ assert }) => {
    const file = join(ROOT, 'providers', 'plugin_provider.ts')
    const found = importsOf(file)
    assert.include(found, '#services/notifications/ticket_notifications')
    assert.include(found, '#platform/plugin_catalog')
  })
})
