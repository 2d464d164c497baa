import type { HttpContext } from '@adonisjs/core/http'
import { pluginStateValidator } from '#validators/plugin'
import PluginAdmin from '#services/plugin_admin'
import { actorContext } from '#services/request_context'
import PluginPolicy from '#policies/plugin_policy'
import PluginTransformer from '#transformers/plugin_transformer'
import { settingsProperties } from '#platform/manifest'
import type { LoadedPlugin } from '#platform/plugin_catalog'
import { apiJson, renameFields, snake } from '#helpers/api_json'

/**
 * /api/v1/admin/plugins: Admin → Plugins over the API. Settings travel
 * under the API's snake_case names; a secret is never answered, only
 * whether one is stored (`<name>_set`).
 */
export default class PluginsController {
  async index(ctx: HttpContext) {
    await ctx.bouncer.with(PluginPolicy).authorize('viewAny')
    const plugins = await PluginAdmin.list(ctx.auth.getUserOrFail().organizationId)
    return apiJson(ctx, PluginTransformer.transform(plugins))
  }

  async show(ctx: HttpContext) {
    await ctx.bouncer.with(PluginPolicy).authorize('viewAny')
    return this.respond(ctx, PluginAdmin.find(ctx.params.pluginId))
  }

  async settings(ctx: HttpContext) {
    await ctx.bouncer.with(PluginPolicy).authorize('manage')
    const plugin = PluginAdmin.find(ctx.params.pluginId)
    await PluginAdmin.configure(
      ctx.auth.getUserOrFail().organizationId,
      plugin,
      fromApiNames(plugin, ctx.request.body()),
      actorContext(ctx),
      ctx.translator.locale
    ).catch(renameFields)
    return this.respond(ctx, plugin)
  }

  async state(ctx: HttpContext) {
    await ctx.bouncer.with(PluginPolicy).authorize('manage')
    const { enabled } = await ctx.request.validateUsing(pluginStateValidator)
    const plugin = PluginAdmin.find(ctx.params.pluginId)
    await PluginAdmin.setEnabled(
      ctx.auth.getUserOrFail().organizationId,
      plugin,
      enabled,
      actorContext(ctx)
    )
    return this.respond(ctx, plugin)
  }

  private async respond(ctx: HttpContext, plugin: LoadedPlugin) {
    const entry = await PluginAdmin.entry(ctx.auth.getUserOrFail().organizationId, plugin)
    return apiJson(ctx, PluginTransformer.transform(entry).useVariant('forApi'))
  }
}

/**
 * The plugin names its settings (often camelCase); the API takes them
 * snake_cased, and the plugin's own spelling too. Unknown keys are dropped.
 */
function fromApiNames(plugin: LoadedPlugin, body: Record<string, unknown>) {
  const properties = settingsProperties(plugin.settings) as Record<
    string,
    { items?: { properties?: Record<string, unknown> } }
  >
  return Object.fromEntries(
    Object.entries(properties).flatMap(([name, property]) => {
      const key = snake(name)
      const value = key in body ? body[key] : name in body ? body[name] : undefined
      if (value === undefined) return []
      const columns = Object.keys(property.items?.properties ?? {})
      return [
        [
          name,
          columns.length && Array.isArray(value)
            ? value.map((row) => fromApiRow(columns, row))
            : value,
        ],
      ]
    })
  )
}

/** A row of a table setting: its cells under snake_case names, or the plugin's own. */
function fromApiRow(columns: string[], row: unknown) {
  if (!row || typeof row !== 'object') return row
  const cells = row as Record<string, unknown>
  return Object.fromEntries(
    columns.flatMap((column) => {
      const key = snake(column)
      if (key in cells) return [[column, cells[key]]]
      if (column in cells) return [[column, cells[column]]]
      return []
    })
  )
}
