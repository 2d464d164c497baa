import type { HttpContext } from '@adonisjs/core/http'
import NotFoundException from '#exceptions/not_found_exception'
import { apiAssignValidator, apiStatusValidator, apiUpdateTicketValidator } from '#validators/api'
import { normalizeTicketQuery, ticketFiltersValidator } from '#validators/ticket'
import TicketQuery from '#services/tickets/ticket_query'
import TicketLists from '#services/tickets/ticket_lists'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { loadDetailRelations } from '#services/tickets/ticket_relations'
import { actorContext } from '#services/request_context'
import TicketPolicy from '#policies/ticket_policy'
import TicketTransformer from '#transformers/ticket_transformer'
import { apiJson, renameFields, snakeKeys } from '#helpers/api_json'
import type Ticket from '#models/ticket'

/**
 * /api/v1/admin/tickets: the desk over the API, for agents and admins.
 * Lists what the caller may see; changes go through the same workflow as
 * the ticket page.
 */
export default class TicketsController {
  async index(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    const filters = await ticketFiltersValidator
      .validate(normalizeTicketQuery(ctx.request.qs()))
      .catch(renameFields)
    const { page, snippets } = await TicketLists.page(
      TicketQuery.queueBase(user, filters.queue),
      user,
      filters
    )
    const body = snakeKeys(
      await ctx.serialize(TicketTransformer.paginate(page.all(), page.getMeta()))
    ) as {
      data: { id: number; snippet?: string }[]
    }
    for (const row of body.data) {
      row.snippet = snippets.get(row.id)
    }
    return ctx.response.json(body)
  }

  async assign(ctx: HttpContext) {
    const ticket = await this.manageable(ctx)
    const { assigned_to: assignedTo } = await ctx.request.validateUsing(apiAssignValidator)
    await TicketWorkflow.assign(ticket, assignedTo, actorContext(ctx)).catch(renameFields)
    return this.respond(ctx, ticket)
  }

  async status(ctx: HttpContext) {
    const ticket = await this.manageable(ctx)
    const { status } = await ctx.request.validateUsing(apiStatusValidator)
    await TicketWorkflow.changeStatus(ticket, status, actorContext(ctx))
    return this.respond(ctx, ticket)
  }

  async update(ctx: HttpContext) {
    const ticket = await this.manageable(ctx)
    const input = await ctx.request.validateUsing(apiUpdateTicketValidator)
    await TicketWorkflow.update(
      ticket,
      {
        title: input.title,
        priority: input.priority,
        groupId: input.group_id,
        categoryId: input.category_id,
        subcategoryId: input.subcategory_id,
        status: input.status,
        assigneeId: input.assigned_to,
      },
      actorContext(ctx)
    ).catch(renameFields)
    return this.respond(ctx, ticket)
  }

  private async manageable(ctx: HttpContext) {
    const ticket = await TicketQuery.find(ctx.auth.getUserOrFail(), ctx.params.id)
    if (!ticket) {
      throw new NotFoundException()
    }
    await ctx.bouncer.with(TicketPolicy).authorize('manage', ticket)
    return ticket
  }

  /**
   * The ticket as the change left it (the workflow updates the instance it
   * was given), not read again. A change can take away the caller's last
   * reason to see it (an agent handing on a ticket of a group they are not
   * in): then, as for any ticket they may not see, 404.
   */
  private async respond(ctx: HttpContext, ticket: Ticket) {
    if (!(await ctx.bouncer.with(TicketPolicy).allows('view', ticket))) {
      throw new NotFoundException()
    }
    await loadDetailRelations(ticket, [ctx.auth.getUserOrFail()])
    return apiJson(ctx, TicketTransformer.transform(ticket).useVariant('forDetail'))
  }
}
