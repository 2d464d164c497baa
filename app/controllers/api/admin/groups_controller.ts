import TaxonomyTree from '#services/taxonomy_tree'
import type { HttpContext } from '@adonisjs/core/http'
import {
  apiDeleteGroupValidator,
  apiGroupValidator,
  apiMemberValidator,
  apiTaxonomyEntryValidator,
  apiUpdateGroupValidator,
} from '#validators/api'
import GroupService, { DuplicateGroupError, NotStaffError } from '#services/group_service'
import TaxonomyService from '#services/taxonomy_service'
import GroupDeletion from '#services/group_deletion'
import { actorContext } from '#services/request_context'
import GroupPolicy from '#policies/group_policy'
import CategoryPolicy from '#policies/category_policy'
import GroupTransformer from '#transformers/group_transformer'
import { apiJson, renameFields } from '#helpers/api_json'
import FormError from '#exceptions/form_error'

/**
 * /api/v1/admin/groups and their categories, subcategories and members:
 * the admin's taxonomy work over the API, through the same services.
 */
export default class GroupsController {
  async store(ctx: HttpContext) {
    await ctx.bouncer.with(GroupPolicy).authorize('create')
    const input = await ctx.request.validateUsing(apiGroupValidator)
    const group = await GroupService.create(
      ctx.auth.getUserOrFail().organizationId,
      { ...input, isActive: input.is_active },
      actorContext(ctx)
    ).catch(duplicateName)
    await group.loadCount('members')
    return apiJson(ctx, GroupTransformer.transform(group), 201)
  }

  async update(ctx: HttpContext) {
    const group = await this.group(ctx)
    const input = await ctx.request.validateUsing(apiUpdateGroupValidator)
    await GroupService.update(
      group,
      {
        name: input.name,
        description: input.description,
        email: input.email,
        isActive: input.is_active,
        assignmentMode: input.assignment?.mode,
        assignmentMaxOpen: input.assignment?.max_open,
      },
      actorContext(ctx)
    ).catch(duplicateName)
    return apiJson(ctx, GroupTransformer.transform(group))
  }

  async usage(ctx: HttpContext) {
    const group = await this.group(ctx, 'delete')
    const [usage, targets] = await Promise.all([
      GroupDeletion.usage(group),
      GroupDeletion.targets(group),
    ])
    return ctx.response.json({
      data: {
        id: group.id,
        tickets: usage.tickets,
        open_tickets: usage.openTickets,
        move_targets: targets.map((target) => ({ id: target.id, name: target.name })),
      },
    })
  }

  async destroy(ctx: HttpContext) {
    const group = await this.group(ctx, 'delete')
    const input = await ctx.request.validateUsing(apiDeleteGroupValidator)
    const { outcome, movedTickets, movedTo } = await GroupDeletion.delete(
      group,
      { moveOpenTicketsTo: input.move_open_tickets_to },
      actorContext(ctx)
    ).catch(renameFields)
    return ctx.response.json({
      data: { id: group.id, outcome, moved_tickets: movedTickets, moved_to: movedTo?.id ?? null },
    })
  }

  async storeCategory(ctx: HttpContext) {
    const group = await this.group(ctx)
    const { name } = await ctx.request.validateUsing(apiTaxonomyEntryValidator)
    const category = await TaxonomyService.createCategory(group, name, actorContext(ctx)).catch(
      renameFields
    )
    return ctx.response
      .status(201)
      .json({ data: { id: category.id, group_id: group.id, name: category.name } })
  }

  async storeSubcategory(ctx: HttpContext) {
    const category = await TaxonomyTree.findCategory(
      ctx.auth.getUserOrFail().organizationId,
      ctx.params.id
    )
    await ctx.bouncer.with(CategoryPolicy).authorize('manage', category)
    const { name } = await ctx.request.validateUsing(apiTaxonomyEntryValidator)
    const subcategory = await TaxonomyService.createSubcategory(
      category,
      name,
      actorContext(ctx)
    ).catch(renameFields)
    return ctx.response
      .status(201)
      .json({ data: { id: subcategory.id, category_id: category.id, name: subcategory.name } })
  }

  async addMember(ctx: HttpContext) {
    const group = await this.group(ctx, 'manageMembers')
    const { user_id: userId } = await ctx.request.validateUsing(apiMemberValidator)
    try {
      await GroupService.addMember(group, userId, actorContext(ctx))
    } catch (error) {
      if (error instanceof NotStaffError) {
        throw new FormError('user_id', error.translatable)
      }
      throw error
    }
    return ctx.response.status(201).json({ data: { group_id: group.id, user_id: userId } })
  }

  async removeMember(ctx: HttpContext) {
    const group = await this.group(ctx, 'manageMembers')
    const { user_id: userId } = await ctx.request.validateUsing(apiMemberValidator)
    await GroupService.removeMember(group, userId, actorContext(ctx))
    return ctx.response.noContent()
  }

  private async group(ctx: HttpContext, ability: 'update' | 'delete' | 'manageMembers' = 'update') {
    const group = await GroupService.findInOrganization(
      ctx.auth.getUserOrFail().organizationId,
      ctx.params.id
    )
    await ctx.bouncer.with(GroupPolicy).authorize(ability, group)
    return group
  }
}

function duplicateName(error: unknown): never {
  if (error instanceof DuplicateGroupError) {
    throw new FormError('name', error.translatable)
  }
  throw error
}
