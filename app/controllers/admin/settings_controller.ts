import type { HttpContext } from '@adonisjs/core/http'
import { organizationSettingsValidator } from '#validators/organization'
import OrganizationService from '#services/organization_service'
import OrganizationPolicy from '#policies/organization_policy'
import OrganizationTransformer from '#transformers/organization_transformer'
import { actorContext } from '#services/request_context'
import { SUPPORTED_LOCALES } from '#services/locales'
import { TIME_ZONES } from '#services/time_zones'
import Organization from '#models/organization'
import Hooks from '#platform/hooks'

export default class SettingsController {
  async edit({ inertia, bouncer, auth }: HttpContext) {
    const organization = await Organization.findOrFail(auth.getUserOrFail().organizationId)
    await bouncer.with(OrganizationPolicy).authorize('update', organization)
    return inertia.render('admin/settings/edit', {
      organization: OrganizationTransformer.transform(organization),
      timezones: TIME_ZONES,
      locales: [...SUPPORTED_LOCALES],
      pluginTabs: await Hooks.panels(organization.id, 'admin.settings_tab', {
        organizationId: organization.id,
      }),
    })
  }

  async update(ctx: HttpContext) {
    const { request, bouncer, auth, session, response, translator } = ctx
    const organization = await Organization.findOrFail(auth.getUserOrFail().organizationId)
    await bouncer.with(OrganizationPolicy).authorize('update', organization)
    const input = await request.validateUsing(organizationSettingsValidator)
    await OrganizationService.updateSettings(organization, input, actorContext(ctx))
    session.flash('success', translator.t('Organization settings saved.'))
    return response.redirect().back()
  }
}
