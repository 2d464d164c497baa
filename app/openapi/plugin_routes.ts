import PluginCatalog from '#platform/plugin_catalog'
import type { RouteRole } from '#platform/define_plugin'
import { operation } from '#openapi/operation'
import { data, type JsonSchema } from '#openapi/json_schema'

/**
 * The plugins' own API routes (`hooks.api`), one operation each, described
 * from what the plugin registered: its summary, who may call it, the
 * bearer token. Their answers are the plugin's: `data` holds any JSON.
 */

const WHO: Record<RouteRole, string> = {
  admin: 'admins',
  agent: 'agents and admins',
  user: 'any signed-in user',
}

const words = (text: string) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')

export function pluginRoutePaths() {
  const paths: Record<string, Record<string, JsonSchema>> = {}
  for (const plugin of PluginCatalog.ready()) {
    for (const route of plugin.hooks.apis) {
      const path = `/plugins/${plugin.id}${route.path === '/' ? '' : route.path}`.replace(
        /:(\w+)/g,
        '{$1}'
      )
      const parameters = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string' },
      }))
      const described = operation({
        operationId: `plugin${words(plugin.id)}${words(route.name)}`,
        summary: route.summary,
        description:
          `Added by the plugin **${plugin.manifest?.name ?? plugin.id}** ` +
          `(\`${plugin.id}\`), for organizations that enabled it (404 elsewhere). ` +
          `Role: ${WHO[route.role]}.`,
        tags: ['Plugin routes'],
        ...(parameters.length ? { parameters } : {}),
        ...(route.method === 'get'
          ? {}
          : {
              requestBody: {
                required: false,
                content: { 'application/json': { schema: { type: 'object' } } },
              },
            }),
        success: { status: 200, description: "The plugin's answer.", schema: data({}) },
        errors: [401, 403, 404, 422],
      })
      ;(paths[path] ??= {})[route.method] = {
        ...described,
        'security': [{ bearerAuth: [] }],
        'x-plugin': plugin.id,
        'x-role': route.role,
      }
    }
  }
  return paths
}
