import type { HttpContext } from '@adonisjs/core/http'
import { pluginStateValidator } from '#validators/plugin'
import PluginAdmin from '#services/plugin_admin'
import PluginPolicy from '#policies/plugin_policy'
import { actorContext } from '#services/request_context'

export default class PluginStatesController {
  async update(ctx: HttpContext) {
    const { params, request, bouncer, auth, session, response, translator } = ctx
    await bouncer.with(PluginPolicy).authorize('manage')
    const { enabled } = await request.validateUsing(pluginStateValidator)
    const plugin = PluginAdmin.find(params.pluginId)
    await PluginAdmin.setEnabled(
      auth.getUserOrFail().organizationId,
      plugin,
      enabled,
      actorContext(ctx)
    )
    session.flash(
      'success',
      enabled ? translator.t('Plugin enabled.') : translator.t('Plugin disabled.')
    )
    return response.redirect().toRoute('admin.plugins.show', { pluginId: plugin.id })
  }
}
