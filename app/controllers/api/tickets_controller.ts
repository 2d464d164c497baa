import type { HttpContext } from '@adonisjs/core/http'
import NotFoundException from '#exceptions/not_found_exception'
import { apiCommentValidator, apiCreateTicketValidator } from '#validators/api'
import { normalizeTicketQuery, ticketFiltersValidator } from '#validators/ticket'
import TicketQuery from '#services/tickets/ticket_query'
import TicketLists from '#services/tickets/ticket_lists'
import TicketIntake from '#services/tickets/ticket_intake'
import TicketThread from '#services/tickets/ticket_thread'
import TicketConversation from '#services/tickets/ticket_conversation'
import { loadDetailRelations } from '#services/tickets/ticket_relations'
import AttachmentIntake from '#services/tickets/attachment_intake'
import { actorContext } from '#services/request_context'
import TicketPolicy from '#policies/ticket_policy'
import TicketTransformer from '#transformers/ticket_transformer'
import TicketCommentTransformer from '#transformers/ticket_comment_transformer'
import AttachmentTransformer from '#transformers/attachment_transformer'
import { apiJson, renameFields, snakeKeys } from '#helpers/api_json'
import type User from '#models/user'
import type Ticket from '#models/ticket'
import type TicketComment from '#models/ticket_comment'
import type Attachment from '#models/attachment'
import type TicketHistory from '#models/ticket_history'
import TicketHistoryTransformer from '#transformers/ticket_history_transformer'
import { explainReasons } from '#services/tickets/history_reasons'

/**
 * /api/v1/tickets: the caller's own requests (list), any ticket they may
 * see (read, comment), and opening tickets with optional attachments.
 */
export default class TicketsController {
  async index(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    /** Queues belong to the desk: this list is always the caller's own requests. */
    const query = normalizeTicketQuery(ctx.request.qs())
    delete query.queue
    const filters = await ticketFiltersValidator.validate(query).catch(renameFields)
    const { page, snippets } = await TicketLists.page(TicketQuery.requestedBy(user), user, {
      ...filters,
      queue: undefined,
    })
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

  async store(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    const input = await ctx.request.validateUsing(apiCreateTicketValidator)
    const files = await AttachmentIntake.inspect(ctx.request.files('attachments'))
    const ticket = await TicketIntake.open(
      user,
      {
        groupId: input.group_id,
        categoryId: input.category_id,
        subcategoryId: input.subcategory_id,
        title: input.title,
        description: input.description,
        priority: input.priority,
      },
      files,
      actorContext(ctx),
      'api'
    ).catch(renameFields)
    return this.respondWithCreated(ctx, ticket, files.length > 0)
  }

  async show(ctx: HttpContext) {
    return this.respondWithTicket(ctx, Number(ctx.params.id))
  }

  async comment(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    const ticket = await TicketQuery.find(user, ctx.params.id)
    if (!ticket) {
      throw new NotFoundException()
    }
    const input = await ctx.request.validateUsing(apiCommentValidator)
    const internal = input.internal === true
    const policy = ctx.bouncer.with(TicketPolicy)
    await policy.authorize(internal ? 'addNote' : 'reply', ticket)
    if (input.status) {
      await policy.authorize('manage', ticket)
    }
    const files = await AttachmentIntake.inspect(ctx.request.files('attachments'))
    const comment = await TicketConversation.add(
      ticket,
      user,
      { body: input.body, internal, status: input.status, source: 'api' },
      files,
      actorContext(ctx)
    )
    return apiJson(ctx, TicketCommentTransformer.transform(comment), 201)
  }

  /** A ticket with its conversation and files; internal ones only for those allowed to see them. */
  private async respondWithTicket(ctx: HttpContext, id: number) {
    const user = ctx.auth.getUserOrFail()
    const ticket = await this.findWithRelations(user, id)
    const internal = await ctx.bouncer.with(TicketPolicy).allows('viewInternal', ticket)
    const thread = await TicketThread.load(ticket, { internal })
    // Staff read why automatic assignment chose an agent; requesters see the assignment alone.
    const history = internal ? explainReasons(thread.history, ctx.translator.t) : thread.history
    return this.respond(ctx, ticket, thread.comments, thread.ticketFiles, 200, history)
  }

  /**
   * A ticket just opened by the caller, as TicketIntake.open answered it:
   * current (re-read there only when automatic assignment changed it),
   * with its requester and placement. It has no conversation yet, and
   * files only when some were sent.
   */
  private async respondWithCreated(ctx: HttpContext, ticket: Ticket, withFiles: boolean) {
    const user = ctx.auth.getUserOrFail()
    await loadDetailRelations(ticket, [user])
    const files = withFiles ? await TicketThread.ticketFiles(ticket) : []
    return this.respond(ctx, ticket, [], files, 201)
  }

  private async findWithRelations(user: User, id: number) {
    const ticket = await TicketQuery.visibleTo(user).where('tickets.id', id).first()
    if (!ticket) {
      throw new NotFoundException()
    }
    await loadDetailRelations(ticket, [user])
    return ticket
  }

  private async respond(
    ctx: HttpContext,
    ticket: Ticket,
    thread: TicketComment[],
    ticketFiles: Attachment[],
    status: number,
    history: TicketHistory[] = []
  ) {
    const [detail, comments, files, timeline] = await Promise.all([
      ctx.serialize(TicketTransformer.transform(ticket).useVariant('forDetail')),
      ctx.serialize(TicketCommentTransformer.transform(thread)),
      ctx.serialize(AttachmentTransformer.transform(ticketFiles)),
      ctx.serialize(TicketHistoryTransformer.transform(history)),
    ])
    const body = {
      data: {
        ...(detail as { data: object }).data,
        comments: (comments as { data: object[] }).data,
        attachments: (files as { data: object[] }).data,
        history: (timeline as { data: object[] }).data,
      },
    }
    return ctx.response.status(status).json(snakeKeys(body))
  }
}
