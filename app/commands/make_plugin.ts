import { BaseCommand, args } from '@adonisjs/core/ace'
import { existsSync } from 'node:fs'
import { appendFile, readFile } from 'node:fs/promises'

/** The files of a new plugin, each from its stub in stubs/make/plugin/. */
const STUBS = [
  'plugin.stub',
  'handler.stub',
  'page.stub',
  'vue_page.stub',
  'command.stub',
  'test.stub',
  'readme.stub',
]

export default class MakePlugin extends BaseCommand {
  static commandName = 'make:plugin'
  static description =
    'Create a plugin folder in plugins/ with a manifest, a setting, an event handler, an admin page, an ace command and a test'

  @args.string({
    description: 'Plugin id: lower-case letters, digits and dashes (e.g. teams-alerts)',
  })
  declare id: string

  async run() {
    if (!/^[a-z][a-z0-9-]{1,48}[a-z0-9]$/.test(this.id)) {
      this.logger.error(
        `"${this.id}" is not a plugin id: use 3-50 lower-case letters, digits and dashes, starting with a letter.`
      )
      this.exitCode = 1
      return
    }
    if (existsSync(this.app.makePath('plugins', this.id))) {
      this.logger.error(`plugins/${this.id} already exists.`)
      this.exitCode = 1
      return
    }
    const words = this.id.split('-')
    const state = {
      id: this.id,
      name: words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' '),
      pascalName: words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(''),
    }
    const codemods = await this.createCodemods()
    for (const stub of STUBS) {
      const output = await codemods.makeUsingStub(
        this.app.makePath('stubs'),
        `make/plugin/${stub}`,
        state
      )
      // Stubs are rendered trimmed; source files end with a newline (prettier).
      const written = await readFile(output.destination, 'utf8')
      if (!written.endsWith('\n')) {
        await appendFile(output.destination, '\n')
      }
    }
    this.logger.info(
      `Restart the web server (npm run dev) and the worker, then enable ${state.name} in Admin → Plugins. Its tests: npm test -- plugins`
    )
  }
}
