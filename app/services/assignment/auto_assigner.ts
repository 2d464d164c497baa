import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import logger from '@adonisjs/core/services/logger'
import { DateTime } from 'luxon'
import Group from '#models/group'
import Ticket from '#models/ticket'
import Hooks from '#platform/hooks'
import { ticketSnapshot } from '#platform/snapshots'
import { pluginName } from '#services/plugin_names'
import type { ActorContext, PluginActor } from '#services/request_context'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { ACTIVE_STATUSES } from '#services/tickets/ticket_lifecycle'
import { readCandidates } from '#services/assignment/assignment_candidates'
import { choose, skipReason, type Candidate } from '#services/assignment/assignment_rules'
import { msg, type Message } from '#i18n/message'

/** The first key of the advisory locks that serialize one organization's automatic assignments. */
export const LOCK_SPACE = 7_160_001

/** Tickets one drain assigns before it leaves the rest to the next call (the worker's sweep). */
const DRAIN_LIMIT = 200

const context: ActorContext = { actor: null, ip: null, userAgent: 'auto-assignment' }

export type Outcome =
  { kind: 'assigned'; ticketId: number; agentId: number } | { kind: 'off' | 'empty' | 'nobody' }

/**
 * Assigns the tickets waiting in a group's queue, oldest first. Each
 * assignment is one transaction holding a transaction-level advisory lock
 * on the organization: any number of web and worker processes may call
 * this at once, and they take turns choosing, so a cap counted across
 * groups, the round robin cursor and the least-active counts are always
 * read after the previous assignment committed. The ticket row is taken
 * `FOR UPDATE SKIP LOCKED` and must still be unassigned and queued: a
 * ticket is never assigned twice, and one being edited by hand is left for
 * the next pass.
 */
export default class AutoAssigner {
  static async assignNext(organizationId: number, groupId: number): Promise<Outcome> {
    return db.transaction(async (trx) => {
      await trx.rawQuery('SELECT pg_advisory_xact_lock(?, ?)', [LOCK_SPACE, organizationId])
      const group = await Group.query({ client: trx })
        .withScopes((scopes) => scopes.forOrganization(organizationId))
        .where('id', groupId)
        .first()
      if (!group || group.assignmentMode === 'off') {
        return { kind: 'off' }
      }
      const ticket = await Ticket.query({ client: trx })
        .withScopes((scopes) => scopes.forOrganization(organizationId))
        .where('group_id', groupId)
        .whereNull('assignee_id')
        .whereNotNull('assignment_queued_at')
        .whereIn('status', [...ACTIVE_STATUSES])
        .orderBy('assignment_queued_at')
        .orderBy('id')
        .forUpdate()
        .skipLocked()
        .first()
      if (!ticket) {
        return { kind: 'empty' }
      }
      const picked = await this.pick(trx, group, ticket)
      if (!picked) {
        return { kind: 'nobody' }
      }
      await TicketWorkflow.assignAutomatically(
        ticket,
        picked.agent.id,
        picked.reason,
        picked.plugin ? { ...context, plugin: picked.plugin } : context,
        trx
      )
      if (group.assignmentMode === 'round_robin') {
        group.roundRobinLastUserId = picked.agent.id
        await group.useTransaction(trx).save()
      }
      return { kind: 'assigned', ticketId: ticket.id, agentId: picked.agent.id }
    })
  }

  /** Assigns waiting tickets of a group until none waits or nobody can take one; answers how many. */
  static async drainGroup(organizationId: number, groupId: number, limit = DRAIN_LIMIT) {
    let assigned = 0
    while (assigned < limit) {
      const outcome = await this.assignNext(organizationId, groupId)
      if (outcome.kind !== 'assigned') break
      assigned++
    }
    return assigned
  }

  /**
   * Every group with waiting tickets, in every organization (or one): the
   * worker's sweep, and what an agent coming back triggers. A failing group
   * is logged and the others go on.
   */
  static async drainAll(organizationId?: number) {
    const queues = await db
      .from('tickets')
      .whereNotNull('assignment_queued_at')
      .whereNull('assignee_id')
      .whereIn('status', [...ACTIVE_STATUSES])
      .if(organizationId !== undefined, (query) => query.where('organization_id', organizationId!))
      .distinct('organization_id', 'group_id')
    let assigned = 0
    for (const { organization_id: orgId, group_id: groupId } of queues) {
      try {
        assigned += await this.drainGroup(orgId, groupId)
      } catch (error) {
        logger.error({ err: error, organizationId: orgId, groupId }, 'automatic assignment failed')
      }
    }
    return assigned
  }

  /**
   * An enabled `ticket.assignment_strategy` plugin answers first, among the
   * agents who can take a ticket now; without an acceptable answer the
   * group's own rule chooses.
   */
  private static async pick(
    trx: TransactionClientContract,
    group: Group,
    ticket: Ticket
  ): Promise<{ agent: Candidate; reason: Message; plugin?: PluginActor } | null> {
    const now = DateTime.now()
    const candidates = await readCandidates(trx, group.organizationId, group.id)
    const fromPlugin = await this.askPlugin(group, ticket, candidates, now)
    if (fromPlugin) {
      return fromPlugin
    }
    const choice = choose(
      {
        name: group.name,
        mode: group.assignmentMode as 'round_robin' | 'least_active',
        maxOpen: group.assignmentMaxOpen,
        roundRobinLastUserId: group.roundRobinLastUserId,
      },
      candidates,
      now
    )
    return choice.agent ? choice : null
  }

  private static async askPlugin(
    group: Group,
    ticket: Ticket,
    candidates: Candidate[],
    now: DateTime
  ) {
    if (!(await Hooks.hasProvider(group.organizationId, 'ticket.assignment_strategy'))) {
      return null
    }
    const eligible = candidates.filter(
      (candidate) => skipReason(candidate, group.assignmentMaxOpen, now) === null
    )
    if (eligible.length === 0) {
      return null
    }
    const answer = await Hooks.provide(group.organizationId, 'ticket.assignment_strategy', {
      ticket: ticketSnapshot(ticket),
      candidates: eligible.map((agent) => ({ id: agent.id, name: agent.name })),
    })
    const agent = eligible.find((candidate) => candidate.id === answer?.result.assigneeId)
    if (!answer || !agent) {
      return null
    }
    const plugin = { id: answer.pluginId, name: pluginName(answer.pluginId) }
    return { agent, reason: msg('chosen by the plugin {plugin}', { plugin: plugin.name }), plugin }
  }
}
