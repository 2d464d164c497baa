import { DateTime } from 'luxon'
import Organization from '#models/organization'
import type User from '#models/user'
import type Ticket from '#models/ticket'
import TaxonomyService from '#services/taxonomy_service'
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

/** Tickets opened on each of the fortnight's days: a desk's ordinary ups and downs. */
const FORTNIGHT = [3, 5, 2, 6, 4, 1, 0, 4, 7, 3, 2, 5, 3, 4]

/**
 * Two weeks in New York (2026-03-01 to 03-14) of a busier desk, for looking
 * at charts: a few tickets a day over four categories with long names, most
 * taken by the agent, most of those answered within the hour and resolved
 * a day or two later; some left open and unassigned. Made through the real services, then the worker drained.
 */
export async function busyFortnight() {
  const desk = await helpdesk()
  await Organization.query().where('id', desk.organization.id).update({ timezone: ZONE })
  const setup = { ...systemContext, actor: desk.admin }
  const categories = [
    desk.hardware,
    await TaxonomyService.createCategory(desk.it, 'Software licences and installations', setup),
    await TaxonomyService.createCategory(desk.it, 'Network, Wi-Fi and VPN access', setup),
    await TaxonomyService.createCategory(desk.it, 'Building access and parking permits', setup),
  ]
  const as = { ...systemContext, actor: desk.agent }
  const at = (day: number, time: string) =>
    DateTime.fromISO(`2026-03-${String(day).padStart(2, '0')}T${time}`, { zone: ZONE })
  const dueOn = new Map<number, Ticket[]>()
  const clock = fakeClock(at(1, '08:00'))
  let count = 0
  try {
    for (const [index, opened] of FORTNIGHT.entries()) {
      const day = index + 1
      for (let n = 0; n < opened; n++) {
        clock.set(at(day, `${String(9 + n).padStart(2, '0')}:00`))
        const ticket = await openTicket(desk.customer, desk.it.id, {
          categoryId: categories[count % categories.length].id,
        })
        count++
        // One in five stays unassigned and open; the rest are resolved a day or two later.
        if (count % 5 === 0) continue
        clock.set(at(day, `${String(9 + n).padStart(2, '0')}:20`))
        await TicketWorkflow.assign(ticket, desk.agent.id, as)
        if (count % 3 !== 0) {
          clock.set(at(day, `${String(9 + n).padStart(2, '0')}:50`))
          const reply = { body: 'Looking into it.', internal: false }
          await TicketConversation.add(ticket, desk.agent, reply, [], as)
        }
        dueOn.set(day + 1 + (count % 2), [...(dueOn.get(day + 1 + (count % 2)) ?? []), ticket])
      }
      clock.set(at(day, '17:00'))
      for (const ticket of dueOn.get(day) ?? []) {
        await TicketWorkflow.changeStatus(ticket, 'resolved', as)
      }
    }
  } finally {
    clock.restore()
  }
  await drainEvents()
  return { ...desk, categories }
}
