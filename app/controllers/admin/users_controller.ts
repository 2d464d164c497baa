import type { HttpContext } from '@adonisjs/core/http'
import { createUserValidator, updateUserValidator, userFiltersValidator } from '#validators/user'
import UserService, { LastAdminError } from '#services/user_service'
import UserPolicy from '#policies/user_policy'
import UserTransformer from '#transformers/user_transformer'
import { actorContext } from '#services/request_context'
import { ROLES } from '#models/user'
import Organization from '#models/organization'
import FormError from '#exceptions/form_error'
import { PASSWORD_RULES_TEXT } from '#validators/rules/password_strength'

export default class UsersController {
  async index({ inertia, request, bouncer, auth }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('viewAny')
    const [, parsed] = await userFiltersValidator.tryValidate(request.qs())
    const filters = parsed ?? {}
    const page = await UserService.list(auth.getUserOrFail().organizationId, filters)
    return inertia.render('admin/users/index', {
      users: UserTransformer.paginate(page.all(), page.getMeta()),
      filters: { q: filters.q ?? '', role: filters.role ?? '', status: filters.status ?? '' },
      roles: [...ROLES],
    })
  }

  async create({ inertia, bouncer }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('create')
    return inertia.render('admin/users/create', {
      roles: [...ROLES],
      passwordRules: PASSWORD_RULES_TEXT,
    })
  }

  async store(ctx: HttpContext) {
    const { request, bouncer, auth, session, response, translator } = ctx
    await bouncer.with(UserPolicy).authorize('create')
    const input = await request.validateUsing(createUserValidator)
    const { user, invitationSent } = await UserService.create(
      auth.getUserOrFail().organizationId,
      input,
      actorContext(ctx)
    )
    if (invitationSent === false) {
      session.flash(
        'warning',
        translator.t(
          '{name} was created, but the invitation e-mail could not be sent. Check the mail settings and use "Resend invitation".',
          { name: user.name }
        )
      )
    } else {
      session.flash(
        'success',
        invitationSent
          ? translator.t('Invitation sent to {email}.', { email: user.email })
          : translator.t('{name} can now sign in.', { name: user.name })
      )
    }
    return response.redirect().toRoute('admin.users.edit', { id: user.id })
  }

  async edit({ inertia, params, bouncer, auth }: HttpContext) {
    const viewer = auth.getUserOrFail()
    const user = await UserService.findInOrganization(viewer.organizationId, params.id)
    await bouncer.with(UserPolicy).authorize('update', user)
    await user.load('groups')
    const organization = await Organization.findOrFail(viewer.organizationId)
    return inertia.render('admin/users/edit', {
      account: UserTransformer.transform(user),
      groups: user.groups.map((group) => ({ id: group.id, name: group.name })),
      /** The directory's view of the person, for accounts an auth provider plugin owns. */
      directoryGroups: user.directoryGroups ?? [],
      roles: [...ROLES],
      /** A date alone in the availability form means the start of that day here. */
      organizationTimezone: organization.timezone,
      can: {
        changeRole: await bouncer.with(UserPolicy).allows('changeRole', user),
        deactivate: await bouncer.with(UserPolicy).allows('deactivate', user),
      },
    })
  }

  async update(ctx: HttpContext) {
    const { params, request, bouncer, auth, session, response, translator } = ctx
    const user = await UserService.findInOrganization(
      auth.getUserOrFail().organizationId,
      params.id
    )
    await bouncer.with(UserPolicy).authorize('update', user)
    const input = await request.validateUsing(updateUserValidator)
    if (input.role !== user.role) {
      await bouncer.with(UserPolicy).authorize('changeRole', user)
    }
    try {
      await UserService.update(user, input, actorContext(ctx))
    } catch (error) {
      if (error instanceof LastAdminError) {
        throw new FormError('role', error.translatable)
      }
      throw error
    }
    session.flash('success', translator.t('Changes saved.'))
    return response.redirect().toRoute('admin.users.edit', { id: user.id })
  }

  async deactivate(ctx: HttpContext) {
    return this.setActive(ctx, false)
  }

  async reactivate(ctx: HttpContext) {
    return this.setActive(ctx, true)
  }

  async resendInvitation(ctx: HttpContext) {
    const { params, bouncer, auth, session, response, translator } = ctx
    const user = await UserService.findInOrganization(
      auth.getUserOrFail().organizationId,
      params.id
    )
    await bouncer.with(UserPolicy).authorize('update', user)
    const sent = await UserService.resendInvitation(user, actorContext(ctx))
    if (sent) {
      session.flash('success', translator.t('Invitation sent to {email}.', { email: user.email }))
    } else {
      session.flash(
        'error',
        translator.t('The invitation e-mail could not be sent. Check the mail settings.')
      )
    }
    return response.redirect().back()
  }

  private async setActive(ctx: HttpContext, active: boolean) {
    const { params, bouncer, auth, session, response, translator } = ctx
    const user = await UserService.findInOrganization(
      auth.getUserOrFail().organizationId,
      params.id
    )
    await bouncer.with(UserPolicy).authorize('deactivate', user)
    try {
      await UserService.setActive(user, active, actorContext(ctx))
    } catch (error) {
      if (error instanceof LastAdminError) {
        session.flash('error', translator.t(error.translatable))
        return response.redirect().back()
      }
      throw error
    }
    session.flash(
      'success',
      active
        ? translator.t('{name} can sign in again.', { name: user.name })
        : translator.t('{name} has been deactivated and signed out.', { name: user.name })
    )
    return response.redirect().back()
  }
}
