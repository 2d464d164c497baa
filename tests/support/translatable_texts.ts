import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export type Found = { text: string; at: string }
export type Scan = { texts: Found[]; problems: string[] }

async function filesUnder(folder: string, extensions: string[]): Promise<string[]> {
  const entries = await readdir(join(ROOT, folder), { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
}

function lineOf(source: string, index: number) {
  return source.slice(0, index).split('\n').length
}

/** The value of a JS string literal as written in source (quotes included). */
function literalValue(literal: string) {
  return literal
    .slice(1, -1)
    .replace(/\\(['"`\\])/g, '$1')
    .replace(/\\n/g, '\n')
}

/**
 * A translation call: `t(`, `.t(` or `msg(` followed by its first
 * argument when that is a string literal. Calls on a variable (a Message
 * made elsewhere) are found where that Message was made.
 */
const CALL = /(?<![\w$])(?:t|msg)\(\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)/g

/** A flash whose message is written out instead of translated. */
const RAW_FLASH = /\.flash\(\s*['"]\w+['"]\s*,\s*(['"`])/g

/**
 * Every English text the given folders put into words for people: the
 * first argument of each translation call. Also reports what cannot be
 * translated: interpolated template literals (the key would differ per
 * call) and flash messages that skip translation.
 */
export async function scanSources(folders: string[], extensions: string[]): Promise<Scan> {
  const texts: Found[] = []
  const problems: string[] = []
  for (const folder of folders) {
    for (const file of await filesUnder(folder, extensions)) {
      // A plugin's own tests are not shown to anyone (and may well name a helper `t`).
      if (/^plugins\/[^/]+\/tests\//.test(file)) continue
      const source = await readFile(join(ROOT, file), 'utf8')
      for (const match of source.matchAll(CALL)) {
        const at = `${file}:${lineOf(source, match.index)}`
        const literal = match[1]
        if (literal.startsWith('`') && literal.includes('${')) {
          problems.push(`${at}: ${literal} is interpolated; write {placeholders} and pass params`)
          continue
        }
        texts.push({ text: literalValue(literal), at })
      }
      for (const match of source.matchAll(RAW_FLASH)) {
        problems.push(
          `${file}:${lineOf(source, match.index)}: a flash message is written out; pass it through translator.t()`
        )
      }
    }
  }
  return { texts, problems }
}

/** `{name}` and `{{ field }}` placeholders of a text, sorted, for comparing translations. */
export function placeholdersOf(text: string) {
  const names = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}|\{(\w+)\}/g)].map(
    (match) => match[1] ?? match[2]
  )
  return [...new Set(names)].sort()
}
