import { test } from '@japa/runner'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { de } from '../../resources/js/i18n/de.js'

const ROOT = fileURLToPath(new URL('../../resources/js/', import.meta.url))

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        return sourceFiles(path)
      }
      return /\.(vue|ts)$/.test(entry.name) ? [path] : []
    })
  )
  return nested.flat()
}

/**
 * Every literal string the interface passes to t('...') has a German
 * translation, so switching the language never leaves half a page in
 * English.
 */
test.group('Translations', () => {
  test('every t() string has a German translation', async ({ assert }) => {
    const missing = new Set<string>()
    for (const file of await sourceFiles(ROOT)) {
      const source = await readFile(file, 'utf8')
      for (const match of source.matchAll(/\bt\(\s*(['"])((?:\\.|(?!\1).)+)\1/g)) {
        const key = match[2].replace(/\\(['"])/g, '$1')
        if (!(key in de)) {
          missing.add(key)
        }
      }
    }
    assert.deepEqual([...missing].sort(), [])
  })
})
