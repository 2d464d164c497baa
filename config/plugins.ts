import app from '@adonisjs/core/services/app'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pluginRootsFor } from '#platform/plugin_roots'

/**
 * Where plugins are discovered: every folder with a plugin.ts (plugin.js
 * once built). The test suite adds its fixture plugins, one per hook kind.
 */
export const pluginRoots = pluginRootsFor(app.inTest)

/** Each plugin's own migrations, run after the core's (see config/database.ts). */
export function pluginMigrationPaths() {
  return pluginRoots.flatMap((root) => {
    const absolute = app.makePath(root)
    if (!existsSync(absolute)) {
      return []
    }
    return readdirSync(absolute, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(root, entry.name, 'database', 'migrations'))
      .filter((path) => existsSync(app.makePath(path)))
      .map((path) => `./${path}`)
  })
}
