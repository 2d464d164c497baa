import type { HttpContext } from '@adonisjs/core/http'
import PluginAdmin from '#services/plugin_admin'
import PluginPolicy from '#policies/plugin_policy'
import { actorContext } from '#services/request_context'

/**
 * The generated settings form. Its fields are the plugin's own, so the
 * plugin's schema validates them (in the service), not a validator here.
 */
export default class PluginSettingsController {
  async update(ctx: HttpContext) {
    const { params, request, bouncer, auth, session, response, translator } = ctx
    await bouncer.with(PluginPolicy).authorize('manage')
    const plugin = PluginAdmin.find(params.pluginId)
    await PluginAdmin.configure(
      auth.getUserOrFail().organizationId,
      plugin,
      request.body(),
      actorContext(ctx),
      translator.locale
    )
    session.flash('success', translator.t('Plugin settings saved.'))
    return response.redirect().toRoute('admin.plugins.show', { pluginId: plugin.id })
  }
}
