import { DateTime } from 'luxon'
import Organization from '#models/organization'
import type User from '#models/user'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import TicketConversation from '#services/tickets/ticket_conversation'
import { systemContext } from '#services/request_context'
import { fakeClock } from '#platform/sdk/fake_clock'
import { customersMayChooseAnyPriority, helpdesk, openTicket } from '#tests/support/tickets'
import { drainEvents } from '#tests/support/plugins'

export const ZONE = 'America/New_York'

/**
 * Four days in New York of a small desk: tickets opened (one late in the
 * evening, which is already the next day in UTC), assigned, answered,
 * resolved, reopened, moved to another group and closed, all through the
 * real services, then the worker drained.
 */
export async function fourDays() {
  const desk = await helpdesk()
  await Organization.query().where('id', desk.organization.id).update({ timezone: ZONE })
  await customersMayChooseAnyPriority(desk.organization)
  await desk.facilities.related('members').attach([desk.agent.id, desk.admin.id])
  await desk.it.related('members').attach([desk.admin.id])
  const as = (actor: User) => ({ ...systemContext, actor })
  const at = (day: number, time: string) =>
    DateTime.fromISO(`2026-03-0${day}T${time}`, { zone: ZONE })
  const clock = fakeClock(at(2, '09:00'))
  try {
    const a = await openTicket(desk.customer, desk.it.id, {
      priority: 'high',
      categoryId: desk.hardware.id,
    })
    const b = await openTicket(desk.customer, desk.facilities.id)
    clock.set(at(2, '09:40'))
    await TicketWorkflow.assign(a, desk.agent.id, as(desk.agent))
    clock.set(at(2, '11:10'))
    await TicketConversation.add(
      a,
      desk.agent,
      { body: 'On it.', internal: false },
      [],
      as(desk.agent)
    )
    clock.set(at(2, '23:30'))
    const c = await openTicket(desk.customer, desk.it.id, { priority: 'low' })
    clock.set(at(3, '08:00'))
    await TicketWorkflow.changeStatus(a, 'resolved', as(desk.agent))
    await TicketWorkflow.assign(b, desk.admin.id, as(desk.admin))
    clock.set(at(3, '10:00'))
    await TicketConversation.add(
      b,
      desk.admin,
      { body: 'Checking.', internal: false },
      [],
      as(desk.admin)
    )
    clock.set(at(4, '12:00'))
    await TicketWorkflow.changeStatus(a, 'in_progress', as(desk.agent))
    await TicketWorkflow.assign(c, desk.agent.id, as(desk.agent))
    await TicketWorkflow.update(c, { groupId: desk.facilities.id }, as(desk.admin))
    clock.set(at(5, '16:45'))
    await TicketWorkflow.changeStatus(a, 'resolved', as(desk.agent))
    await TicketWorkflow.changeStatus(b, 'closed', as(desk.admin))
    await openTicket(desk.customer, desk.it.id, { priority: 'critical' })
  } finally {
    clock.restore()
  }
  await drainEvents()
  return desk
}
