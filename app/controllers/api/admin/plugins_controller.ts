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
  return Object.fromEntries(
    Object.keys(settingsProperties(plugin.settings)).flatMap((name) => {
      const key = snake(name)
      if (key in body) return [[name, body[key]]]
      if (name in body) return [[name, body[name]]]
      return []
    })
  )
}
