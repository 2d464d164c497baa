import { BaseCommand, args } from '@adonisjs/core/ace'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

export default class MakePlugin extends BaseCommand {
  static commandName = 'make:plugin'
  static description =
    'Create a plugin folder in plugins/ with a manifest, a setting, an event handler and a test'

  @args.string({
    description: 'Plugin id: lower-case letters, digits and dashes (e.g. teams-alerts)',
  })
  declare id: string

  async run() {
    const { scaffoldFiles } = await import('#platform/plugin_scaffold')
    if (!/^[a-z][a-z0-9-]{1,48}[a-z0-9]$/.test(this.id)) {
      this.logger.error(
        `"${this.id}" is not a plugin id: use 3-50 lower-case letters, digits and dashes, starting with a letter.`
      )
      this.exitCode = 1
      return
    }
    const folder = this.app.makePath('plugins', this.id)
    if (existsSync(folder)) {
      this.logger.error(`plugins/${this.id} already exists.`)
      this.exitCode = 1
      return
    }
    const name = this.id
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(' ')
    for (const [path, content] of Object.entries(scaffoldFiles(this.id, name))) {
      const target = join(folder, path)
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, content)
      this.logger.action(`create plugins/${this.id}/${path}`).succeeded()
    }
    this.logger.info(
      `Restart the web server (npm run dev) and the worker, then enable ${name} in Admin → Plugins. Its test: npm test -- plugins`
    )
  }
}
