import type { Plugin } from 'vite'
import { pluginRootsFor } from './plugin_roots.js'

const ID = 'virtual:switchboard/plugin-ui'
const RESOLVED = `\0${ID}`

/**
 * Vite plugin serving `virtual:switchboard/plugin-ui`: a lazy import of
 * every plugin's `ui/**\/*.vue` under the plugin roots of the mode. A
 * production build (NODE_ENV=production) never sees the test fixtures;
 * the test suite (NODE_ENV=test) does.
 */
export function pluginUi(): Plugin {
  const roots = pluginRootsFor(process.env.NODE_ENV === 'test')
  return {
    name: 'switchboard:plugin-ui',
    resolveId(id) {
      return id === ID ? RESOLVED : null
    },
    load(id) {
      if (id !== RESOLVED) return null
      const globs = roots.map((root) => `...import.meta.glob('/${root}/*/ui/**/*.vue')`)
      return `export default { ${globs.join(', ')} }\n`
    },
  }
}
