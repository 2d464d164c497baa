import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The 80 real messages in tests/fixtures/mail (SOURCES.md says where they
 * come from), read in place and never changed. MAIL_FIXTURES points
 * elsewhere. Read as bytes: several are 8-bit or mix LF and CRLF, and that
 * is what they test.
 */
export const MAIL_FIXTURES =
  process.env.MAIL_FIXTURES ?? fileURLToPath(new URL('../fixtures/mail/', import.meta.url))

/** One message by its path under tests/fixtures/mail, e.g. `charset/…issue230.eml`. */
export function readMailFixture(path: string) {
  return readFile(join(MAIL_FIXTURES, path))
}

/** Every message's path under tests/fixtures/mail, sorted (MANIFEST.csv prefixes them with `emails/`). */
export async function mailFixturePaths() {
  const entries = await readdir(MAIL_FIXTURES, { recursive: true })
  return entries.filter((name) => name.endsWith('.eml')).sort()
}
