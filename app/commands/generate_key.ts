import { BaseCommand, flags } from '@adonisjs/core/ace'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Replaces the core's generate:key, which also rewrites the tracked
 * .env.example (it re-serializes the file and drops its final newline),
 * and silently replaces a key that is in use. Registered over the core's
 * in adonisrc.ts through app/commands/_core_overrides.ts.
 */
export default class GenerateKey extends BaseCommand {
  static commandName = 'generate:key'
  static description =
    'Write a new APP_KEY to .env (created from .env.example when missing); never touches .env.example'

  @flags.boolean({ description: 'Print a new key instead of writing it' })
  declare show: boolean

  @flags.boolean({
    description:
      'Replace an APP_KEY .env already has. Signs everyone out and makes stored plugin secrets unreadable',
  })
  declare force: boolean

  async run() {
    const key = randomBytes(32).toString('base64')
    if (this.show) {
      this.logger.log(`APP_KEY=${key}`)
      return
    }
    /** The folder the env loader reads, so `ENV_PATH` moves both. */
    const folder = resolve(fileURLToPath(this.app.appRoot), process.env.ENV_PATH ?? '')
    const target = join(folder, '.env')
    const example = join(folder, '.env.example')

    const created = !existsSync(target)
    const lines = created
      ? existsSync(example)
        ? withoutFinalNewline(await readFile(example, 'utf-8')).split('\n')
        : []
      : withoutFinalNewline(await readFile(target, 'utf-8')).split('\n')

    const index = lines.findIndex((line) => line.startsWith('APP_KEY='))
    if (index >= 0 && lines[index].slice('APP_KEY='.length).trim() !== '' && !this.force) {
      this.logger.error(
        '.env already has an APP_KEY. Replacing it signs everyone out and makes stored plugin secrets unreadable; use --force if you mean it.'
      )
      this.exitCode = 1
      return
    }
    if (index >= 0) {
      lines[index] = `APP_KEY=${key}`
    } else {
      lines.push(`APP_KEY=${key}`)
    }
    await writeFile(target, `${lines.join('\n')}\n`)
    this.logger
      .action(created ? 'create .env with a new APP_KEY' : 'write APP_KEY to .env')
      .succeeded()
  }
}

function withoutFinalNewline(text: string) {
  return text.endsWith('\n') ? text.slice(0, -1) : text
}
