import TaxonomyTree from '#services/taxonomy_tree'
import type { HttpContext } from '@adonisjs/core/http'
import MailOrigins from '#services/mail_channel/mail_origins'
import NotFoundException from '#exceptions/not_found_exception'
import db from '@adonisjs/lucid/services/db'
import {
  deskListQuery,
  normalizeTicketQuery,
  ticketFiltersValidator,
  updateTicketValidator,
  QUEUES,
  SORTS,
} from '#validators/ticket'
import TicketQuery from '#services/tickets/ticket_query'
import TicketLists from '#services/tickets/ticket_lists'
import TicketThread from '#services/tickets/ticket_thread'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { ATTACHMENT_LIMITS } from '#services/tickets/attachment_intake'
import { allowedTransitions } from '#services/tickets/ticket_lifecycle'
import UserService from '#services/user_service'
import { actorContext } from '#services/request_context'
import TicketPolicy from '#policies/ticket_policy'
import TicketTransformer from '#transformers/ticket_transformer'
import TicketCommentTransformer from '#transformers/ticket_comment_transformer'
import AttachmentTransformer from '#transformers/attachment_transformer'
import TicketHistoryTransformer from '#transformers/ticket_history_transformer'
import { explainReasons } from '#services/tickets/history_reasons'
import TaxonomyTransformer from '#transformers/taxonomy_transformer'
import UserTransformer from '#transformers/user_transformer'
import { PRIORITIES, STATUSES } from '#models/ticket'
import Hooks from '#platform/hooks'
import SlotData from '#platform/slot_data'
import { ticketSnapshot, userSnapshot } from '#platform/snapshots'
import { backToTicketOrQueue } from '#helpers/desk_redirects'
import { myFiguresAtAGlance } from '#services/reports/desk_glance_figures'

/**
 * The desk: queues, filters and search over the tickets an agent may see,
 * and the ticket page where they are worked.
 */
export default class TicketsController {
  async index({ inertia, request, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    const [, parsed] = await ticketFiltersValidator.tryValidate(normalizeTicketQuery(request.qs()))
    const filters = { queue: 'unassigned' as const, ...(parsed ?? {}) }
    const [{ page, snippets, counts, countsCapped, countsPartial }, groups, agents, pluginSorts] =
      await Promise.all([
        TicketLists.list(TicketQuery.queueBase(user, filters.queue), user, filters),
        db
          .from('groups')
          .where('organization_id', user.organizationId)
          .orderBy('position')
          .orderBy('name')
          .select('id', 'name'),
        UserService.staff(user.organizationId),
        SlotData.sorts(user.organizationId, 'desk.queue'),
      ])
    const badges = await SlotData.badges(user.organizationId, 'desk.queue', {
      tickets: page.all().map(ticketSnapshot),
    })
    return inertia.render('desk/tickets/index', {
      tickets: TicketTransformer.paginate(page.all(), page.getMeta()),
      badges,
      snippets: Object.fromEntries(snippets),
      counts,
      countsCapped,
      countsPartial,
      filters: {
        queue: filters.queue,
        q: filters.q ?? '',
        status: filters.status?.[0] ?? '',
        priority: filters.priority?.[0] ?? '',
        groupId: filters.groupId ? String(filters.groupId) : '',
        assigneeId: filters.assigneeId ?? '',
        requesterId: filters.requesterId ? String(filters.requesterId) : '',
        createdFrom:
          typeof request.qs().createdFrom === 'string' && filters.createdFrom
            ? request.qs().createdFrom
            : '',
        createdTo:
          typeof request.qs().createdTo === 'string' && filters.createdTo
            ? request.qs().createdTo
            : '',
        sort: filters.sort ?? '',
      },
      queues: [...QUEUES].filter((queue) => queue !== 'all' || user.isAdmin),
      sorts: [...SORTS],
      /** The enabled plugins' sorts (`hooks.sort`), listed after the built-in ones. */
      pluginSorts: pluginSorts.map((sort) => ({ value: sort.value, label: sort.label })),
      statuses: [...STATUSES],
      priorities: [...PRIORITIES],
      groups: groups as { id: number; name: string }[],
      agents: agents.map((agent) => ({ id: agent.id, name: agent.name })),
      /**
       * The agent's own figures, in brief: asked for by the page once the
       * queue is on screen, so the queue (the hot path) never waits for a
       * report; if the report fails, the panel is left out, not the queue.
       */
      myFigures: inertia.defer(() => myFiguresAtAGlance(user), { rescue: true }),
    })
  }

  async show({ inertia, params, auth, bouncer, request, translator }: HttpContext) {
    const user = auth.getUserOrFail()
    const ticket = await TicketQuery.visibleTo(user)
      .where('tickets.id', params.id)
      .preload('requester')
      .preload('assignee')
      .preload('group')
      .preload('category')
      .preload('subcategory')
      .first()
    if (!ticket) {
      throw new NotFoundException()
    }
    const policy = bouncer.with(TicketPolicy)
    const [canManage, canSeeInternal] = await Promise.all([
      policy.allows('manage', ticket),
      policy.allows('viewInternal', ticket),
    ])
    const snapshot = { ticket: ticketSnapshot(ticket) }
    const [thread, agents, tree, otherTickets, sidebar, badges, suggestions] = await Promise.all([
      TicketThread.load(ticket, { internal: canSeeInternal }),
      TicketWorkflow.assignableAgents(ticket),
      TaxonomyTree.activeTree(user.organizationId),
      TicketQuery.visibleTo(user)
        .where('tickets.requester_id', ticket.requesterId)
        .whereNot('tickets.id', ticket.id)
        .orderBy('tickets.created_at', 'desc')
        .limit(10),
      Hooks.panels(user.organizationId, 'ticket.sidebar', snapshot),
      Hooks.panels(user.organizationId, 'ticket.header_badges', snapshot),
      SlotData.suggestions(user.organizationId, 'ticket.composer', {
        ...snapshot,
        agent: userSnapshot(user),
      }),
    ])
    return inertia.render('desk/tickets/show', {
      ticket: TicketTransformer.transform(ticket).useVariant('forDetail'),
      comments: TicketCommentTransformer.transform(thread.comments),
      files: AttachmentTransformer.transform(thread.ticketFiles),
      history: TicketHistoryTransformer.transform(explainReasons(thread.history, translator.t)),
      agents: UserTransformer.transform(agents),
      tree: TaxonomyTransformer.transform(tree),
      otherTickets: TicketTransformer.transform(otherTickets),
      nextStatuses: [...allowedTransitions(ticket.status)],
      priorities: [...PRIORITIES],
      can: { manage: canManage, addNote: canSeeInternal && canManage },
      limits: ATTACHMENT_LIMITS,
      panels: { sidebar, badges },
      suggestions,
      listQuery: await deskListQuery(request.qs()),
      mailOrigins: await MailOrigins.forTicket(ticket, thread.comments),
      mailBounces: await MailOrigins.bounces(ticket),
    })
  }

  async update(ctx: HttpContext) {
    const { request, params, auth, bouncer, session, translator } = ctx
    const ticket = await TicketQuery.find(auth.getUserOrFail(), params.id)
    if (!ticket) {
      throw new NotFoundException()
    }
    await bouncer.with(TicketPolicy).authorize('manage', ticket)
    const { assignedTo, ...fields } = await request.validateUsing(updateTicketValidator)
    const changes = await TicketWorkflow.update(
      ticket,
      { ...fields, assigneeId: assignedTo },
      actorContext(ctx)
    )
    session.flash(
      'success',
      changes.length ? translator.t('Ticket updated.') : translator.t('Nothing changed.')
    )
    return backToTicketOrQueue(ctx, ticket.id)
  }
}
