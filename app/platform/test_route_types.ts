import { relative, sep } from 'node:path'
import type { HttpRouterService } from '@adonisjs/core/types'
import { pluginRootsFor } from '#platform/plugin_roots'
import type { LoadedPlugin } from '#platform/plugin_catalog'

/**
 * Every non-production boot writes the route types to the tracked
 * .adonisjs/server/routes.d.ts, the test suite's too. The fixture plugins'
 * routes are named like any plugin's, and would land in that file on every
 * test run (and leave it again on `npm run dev`): in the test process
 * they are left out of the written types. Their routes work the same.
 */
export function keepTestPluginsOutOfRouteTypes(
  router: HttpRouterService,
  plugins: LoadedPlugin[],
  appRoot: string
) {
  const productionRoots = pluginRootsFor(false)
  const testOnly = plugins
    .filter((plugin) => {
      const path = relative(appRoot, plugin.folder)
      return !productionRoots.some((root) => path.startsWith(`${root}${sep}`))
    })
    .map((plugin) => `'plugins.${plugin.id}.`)
  if (testOnly.length === 0) return
  const generate = router.generateTypes.bind(router)
  router.generateTypes = (indentation?: number) => {
    const generated = generate(indentation)
    const routes = generated.routes
      .split('\n')
      .filter((line) => !testOnly.some((prefix) => line.trimStart().startsWith(prefix)))
      .join('\n')
    return { ...generated, routes }
  }
}
