import type { HttpContext } from '@adonisjs/core/http'
import { pluginDeliveryFiltersValidator } from '#validators/plugin'
import PluginAdmin from '#services/plugin_admin'
import { actorContext } from '#services/request_context'
import PluginPolicy from '#policies/plugin_policy'
import EventDeliveryTransformer from '#transformers/event_delivery_transformer'
import { apiJson } from '#helpers/api_json'

/** /api/v1/admin/plugins/:id/deliveries: the dead-letter list and its retry. */
export default class PluginDeliveriesController {
  async index(ctx: HttpContext) {
    await ctx.bouncer.with(PluginPolicy).authorize('viewAny')
    await pluginDeliveryFiltersValidator.validate(ctx.request.qs())
    const plugin = PluginAdmin.find(ctx.params.pluginId)
    const dead = await PluginAdmin.deadDeliveries(ctx.auth.getUserOrFail().organizationId, plugin)
    return apiJson(ctx, EventDeliveryTransformer.transform(dead))
  }

  async retry(ctx: HttpContext) {
    const plugin = PluginAdmin.find(ctx.params.pluginId)
    const delivery = await PluginAdmin.delivery(
      ctx.auth.getUserOrFail().organizationId,
      plugin,
      ctx.params.deliveryId
    )
    await ctx.bouncer.with(PluginPolicy).authorize('retryDelivery', delivery)
    const queued = await PluginAdmin.retry(delivery, actorContext(ctx))
    return apiJson(ctx, EventDeliveryTransformer.transform(queued), 202)
  }
}
