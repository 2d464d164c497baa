import { test } from '@japa/runner'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const SENTENCES = join(ROOT, 'resources/js/composables/useAuditSentences.ts')

async function serverFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return serverFiles(path)
      return entry.name.endsWith('.ts') ? [path] : []
    })
  )
  return nested.flat()
}

/** The text of each call to `callee` in `source` (up to its closing parenthesis). */
function calls(source: string, callee: string) {
  const found: string[] = []
  for (let at = source.indexOf(callee); at !== -1; at = source.indexOf(callee, at + 1)) {
    let depth = 0
    for (let index = at + callee.length - 1; index < source.length; index++) {
      if (source[index] === '(') depth++
      if (source[index] === ')' && --depth === 0) {
        found.push(source.slice(at, index + 1))
        break
      }
    }
  }
  return found
}

/** The whole text of each top-level function named by `signature` (up to its closing brace). */
function bodies(source: string, signature: string) {
  const found: string[] = []
  for (let at = source.indexOf(signature); at !== -1; at = source.indexOf(signature, at + 1)) {
    const end = source.indexOf('\n}\n', at)
    found.push(source.slice(at, end === -1 ? undefined : end))
  }
  return found
}

/**
 * Every action the server writes to the audit trail (AuditLogService.record,
 * the taxonomy's and the ticket workflow's helpers that call it, and the
 * workflow's choice of action for the desk's one save), with
 * `${level}.…` expanded for groups, categories and subcategories.
 */
async function recordedActions() {
  const actions = new Set<string>()
  for (const file of await serverFiles(join(ROOT, 'app'))) {
    const source = await readFile(file, 'utf8')
    const texts = [
      ...calls(source, 'AuditLogService.record('),
      ...calls(source, 'this.audit('),
      ...calls(source, 'this.change('),
      ...bodies(source, 'function auditAction('),
    ]
    for (const text of texts) {
      for (const match of text.matchAll(/['`](?:\$\{level\}|[a-z_]+)\.[a-z_]+['`]/g)) {
        const literal = match[0].slice(1, -1)
        const levels = literal.startsWith('${level}') ? ['group', 'category', 'subcategory'] : ['']
        for (const level of levels) actions.add(literal.replace('${level}', level))
      }
    }
  }
  return actions
}

test.group('Audit sentences', () => {
  test('the scan finds the actions the code records', async ({ assert }) => {
    const actions = await recordedActions()
    for (const action of [
      'ticket.status_changed',
      'ticket.updated',
      'group.deactivated',
      'subcategory.moved',
      'plugin.enabled',
      'auth.sign_in_failed',
      'user.role_changed',
      'profile.notifications_updated',
    ]) {
      assert.isTrue(actions.has(action), `${action} found`)
    }
    assert.isAbove(actions.size, 40)
  })

  test('every recorded action has a sentence of its own in the audit log', async ({ assert }) => {
    const sentences = await readFile(SENTENCES, 'utf8')
    const handled = new Set([...sentences.matchAll(/case '([a-z_]+\.[a-z_]+)':/g)].map((m) => m[1]))
    const missing = [...(await recordedActions())].filter((action) => !handled.has(action))
    assert.deepEqual(missing.sort(), [], 'add a case to useAuditSentences.ts for each')
  })
})
