import TaxonomyTree from '#services/taxonomy_tree'
import type { HttpContext } from '@adonisjs/core/http'
import NotFoundException from '#exceptions/not_found_exception'
import {
  createTicketValidator,
  normalizeTicketQuery,
  ticketFiltersValidator,
} from '#validators/ticket'
import TicketQuery from '#services/tickets/ticket_query'
import TicketLists from '#services/tickets/ticket_lists'
import TicketIntake, { prioritiesFor } from '#services/tickets/ticket_intake'
import Organization from '#models/organization'
import TicketThread from '#services/tickets/ticket_thread'
import AttachmentIntake, { ATTACHMENT_LIMITS } from '#services/tickets/attachment_intake'
import { actorContext } from '#services/request_context'
import TicketTransformer from '#transformers/ticket_transformer'
import TicketCommentTransformer from '#transformers/ticket_comment_transformer'
import AttachmentTransformer from '#transformers/attachment_transformer'
import TicketHistoryTransformer from '#transformers/ticket_history_transformer'
import TaxonomyTransformer from '#transformers/taxonomy_transformer'
import { STATUSES } from '#models/ticket'
import Hooks from '#platform/hooks'
import { ticketSnapshot } from '#platform/snapshots'

/**
 * The portal: the signed-in person's own requests, whatever their role.
 */
export default class TicketsController {
  async index({ inertia, request, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    const [, parsed] = await ticketFiltersValidator.tryValidate(normalizeTicketQuery(request.qs()))
    const filters = { ...(parsed ?? {}), queue: undefined }
    const { page, snippets, counts, countsCapped, countsPartial } = await TicketLists.list(
      TicketQuery.requestedBy(user),
      user,
      filters
    )
    return inertia.render('portal/tickets/index', {
      tickets: TicketTransformer.paginate(page.all(), page.getMeta()),
      snippets: Object.fromEntries(snippets),
      counts,
      countsCapped,
      countsPartial,
      filters: { q: filters.q ?? '', status: filters.status?.[0] ?? '' },
      statuses: [...STATUSES],
    })
  }

  async create({ inertia, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    const [tree, organization] = await Promise.all([
      TaxonomyTree.activeTree(user.organizationId),
      Organization.findOrFail(user.organizationId),
    ])
    return inertia.render('portal/tickets/create', {
      tree: TaxonomyTransformer.transform(tree),
      priorities: prioritiesFor(user, organization),
      limits: ATTACHMENT_LIMITS,
    })
  }

  async store(ctx: HttpContext) {
    const { request, auth, session, response, translator } = ctx
    const user = auth.getUserOrFail()
    const input = await request.validateUsing(createTicketValidator)
    const files = await AttachmentIntake.inspect(request.files('attachments'))
    const ticket = await TicketIntake.open(user, input, files, actorContext(ctx))
    session.flash(
      'success',
      translator.t('Ticket {reference} has been created. We will keep you posted here.', {
        reference: ticket.reference,
      })
    )
    return response.redirect().toRoute('portal.tickets.show', { id: ticket.id })
  }

  async show({ inertia, params, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    const ticket = await TicketQuery.requestedBy(user)
      .where('tickets.id', params.id)
      .preload('assignee')
      .preload('group')
      .preload('category')
      .preload('subcategory')
      .first()
    if (!ticket) {
      throw new NotFoundException()
    }
    const [thread, panels] = await Promise.all([
      TicketThread.load(ticket, { internal: false }),
      Hooks.panels(user.organizationId, 'portal.ticket', { ticket: ticketSnapshot(ticket) }),
    ])
    return inertia.render('portal/tickets/show', {
      ticket: TicketTransformer.transform(ticket).useVariant('forDetail'),
      comments: TicketCommentTransformer.transform(thread.comments),
      files: AttachmentTransformer.transform(thread.ticketFiles),
      history: TicketHistoryTransformer.transform(thread.history),
      limits: ATTACHMENT_LIMITS,
      panels,
    })
  }
}
