import type { HttpContext } from '@adonisjs/core/http'
import PluginAdmin from '#services/plugin_admin'
import PluginPolicy from '#policies/plugin_policy'
import { actorContext } from '#services/request_context'

export default class PluginDeliveriesController {
  async retry(ctx: HttpContext) {
    const { params, bouncer, auth, session, response, translator } = ctx
    const plugin = PluginAdmin.find(params.pluginId)
    const delivery = await PluginAdmin.delivery(
      auth.getUserOrFail().organizationId,
      plugin,
      params.deliveryId
    )
    await bouncer.with(PluginPolicy).authorize('retryDelivery', delivery)
    await PluginAdmin.retry(delivery, actorContext(ctx))
    session.flash('success', translator.t('Delivery queued for another try.'))
    return response.redirect().toRoute('admin.plugins.show', { pluginId: plugin.id })
  }
}
