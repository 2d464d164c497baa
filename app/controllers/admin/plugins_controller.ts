import type { HttpContext } from '@adonisjs/core/http'
import PluginAdmin from '#services/plugin_admin'
import PluginPolicy from '#policies/plugin_policy'
import PluginTransformer from '#transformers/plugin_transformer'
import EventDeliveryTransformer from '#transformers/event_delivery_transformer'

export default class PluginsController {
  async index({ inertia, bouncer, auth }: HttpContext) {
    await bouncer.with(PluginPolicy).authorize('viewAny')
    const plugins = await PluginAdmin.list(auth.getUserOrFail().organizationId)
    return inertia.render('admin/plugins/index', {
      plugins: PluginTransformer.transform(plugins),
    })
  }

  async show({ inertia, params, bouncer, auth }: HttpContext) {
    await bouncer.with(PluginPolicy).authorize('viewAny')
    const organizationId = auth.getUserOrFail().organizationId
    const plugin = PluginAdmin.find(params.pluginId)
    const [entry, dead] = await Promise.all([
      PluginAdmin.entry(organizationId, plugin),
      PluginAdmin.deadDeliveries(organizationId, plugin),
    ])
    return inertia.render('admin/plugins/show', {
      plugin: PluginTransformer.transform(entry).useVariant('forDetail'),
      deadDeliveries: EventDeliveryTransformer.transform(dead),
    })
  }
}
