import { DateTime } from 'luxon'
import Organization from '#models/organization'
import type Ticket from '#models/ticket'
import type User from '#models/user'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import TicketConversation from '#services/tickets/ticket_conversation'
import { systemContext } from '#services/request_context'
import { fakeClock } from '#platform/sdk/fake_clock'
import { customersMayChooseAnyPriority, helpdesk, openTicket } from '#tests/support/tickets'
import { drainEvents } from '#tests/support/plugins'
import { ZONE } from '#tests/support/report_scenes'

type Step = { at: DateTime; run: () => Promise<unknown> }

/**
 * Four months in New York (mid-January to the end of April 2026) of a
 * small desk, so reports have whole months to read from the month
 * rollups and days around them to count ticket by ticket: 36 tickets in
 * two groups and four priorities, answered after minutes to days,
 * resolved after hours to weeks (some across a month's end), reassigned,
 * reprioritized, moved between groups and reopened, all through the real
 * services in time order, then the worker drained. A fixed seed makes it
 * the same every run.
 */
export async function fourMonths() {
  const desk = await helpdesk()
  await Organization.query().where('id', desk.organization.id).update({ timezone: ZONE })
  await customersMayChooseAnyPriority(desk.organization)
  await desk.facilities.related('members').attach([desk.agent.id, desk.admin.id])
  await desk.it.related('members').attach([desk.admin.id])
  const as = (actor: User) => ({ ...systemContext, actor })

  let seed = 20260115
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)]
  const start = DateTime.fromISO('2026-01-12T08:00', { zone: ZONE })
  const steps: Step[] = []
  const tickets = new Map<number, Ticket>()

  for (let index = 0; index < 36; index++) {
    const opened = start.plus({ hours: Math.floor(random() * 105 * 24) })
    const group = pick([desk.it, desk.facilities])
    const priority = pick(['low', 'medium', 'medium', 'high', 'critical'] as const)
    const agent = pick([desk.agent, desk.admin])
    steps.push({
      at: opened,
      run: async () => tickets.set(index, await openTicket(desk.customer, group.id, { priority })),
    })
    const ticket = () => tickets.get(index)!
    // Waits grow over ten orders of magnitude: a minute to a few days.
    const answered = opened.plus({ minutes: 1 + Math.floor(Math.exp(random() * 8.5)) })
    steps.push({
      at: opened.plus({ minutes: 1 }),
      run: () => TicketWorkflow.assign(ticket(), agent.id, as(agent)),
    })
    if (random() < 0.85) {
      steps.push({
        at: answered,
        run: () =>
          TicketConversation.add(
            ticket(),
            agent,
            { body: 'Looking.', internal: false },
            [],
            as(agent)
          ),
      })
    }
    if (random() < 0.25) {
      const other = agent.id === desk.agent.id ? desk.admin : desk.agent
      steps.push({
        at: answered.plus({ hours: 2 }),
        run: () => TicketWorkflow.assign(ticket(), other.id, as(desk.admin)),
      })
    }
    if (random() < 0.2) {
      steps.push({
        at: answered.plus({ hours: 3 }),
        run: () => TicketWorkflow.update(ticket(), { priority: 'high' }, as(desk.admin)),
      })
    }
    if (random() < 0.15) {
      const to = group.id === desk.it.id ? desk.facilities : desk.it
      steps.push({
        at: answered.plus({ hours: 4 }),
        run: () => TicketWorkflow.update(ticket(), { groupId: to.id }, as(desk.admin)),
      })
    }
    if (random() < 0.75) {
      const resolved = answered.plus({ hours: 5 + Math.floor(Math.exp(random() * 6)) })
      steps.push({
        at: resolved,
        run: () => TicketWorkflow.changeStatus(ticket(), 'resolved', as(desk.admin)),
      })
      if (random() < 0.2) {
        const reopened = resolved.plus({ days: 2 })
        steps.push({
          at: reopened,
          run: () => TicketWorkflow.changeStatus(ticket(), 'in_progress', as(desk.admin)),
        })
        steps.push({
          at: reopened.plus({ days: 3 }),
          run: () => TicketWorkflow.changeStatus(ticket(), 'resolved', as(desk.admin)),
        })
      }
    }
  }

  steps.sort((a, b) => a.at.toMillis() - b.at.toMillis())
  const clock = fakeClock(start)
  try {
    for (const step of steps) {
      clock.set(step.at)
      await step.run()
    }
  } finally {
    clock.restore()
  }
  await drainEvents(60_000)
  return desk
}
