import { DateTime } from 'luxon'
import type Group from '#models/group'
import type Ticket from '#models/ticket'
import type User from '#models/user'
import TicketIntake from '#services/tickets/ticket_intake'
import TicketConversation from '#services/tickets/ticket_conversation'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { fakeClock } from '#platform/sdk/fake_clock'

type Desk = {
  requesters: User[]
  teams: { group: Group; agents: User[]; categories: number[]; subjects: string[] }[]
}
type Step = { at: DateTime; run: () => Promise<unknown> }

/** What customers may choose by default (organizations.customer_priorities). */
const PRIORITIES = ['low', 'medium', 'medium', 'medium', 'high'] as const

/**
 * Eight weeks of a desk's past, so the demo's reports and dashboard show
 * something to read: tickets opened on working days, answered after
 * minutes to a day, most resolved after hours to a week, a few reopened.
 * Played through the same services as the UI at past times (Luxon's clock
 * set back), in time order, with a fixed seed: every demo looks the same.
 */
export async function playDemoHistory(desk: Desk, now = DateTime.now()) {
  let seed = 16
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]
  const as = (user: User) => ({ ...systemContext, actor: user })
  const steps: Step[] = []
  const first = now.minus({ weeks: 8 }).startOf('day')

  for (let day = first; day < now.startOf('day'); day = day.plus({ days: 1 })) {
    if (day.weekday > 5) continue
    const count = 1 + Math.floor(random() * 3)
    for (let n = 0; n < count; n++) {
      const team = pick(desk.teams)
      const agent = pick(team.agents)
      const opened = day.plus({ hours: 8, minutes: Math.floor(random() * 9 * 60) })
      const answered = opened.plus({ minutes: 5 + Math.floor(Math.exp(random() * 7)) })
      let ticket: Ticket | undefined
      const subject = pick(team.subjects)
      steps.push({
        at: opened,
        run: async () => {
          const requester = pick(desk.requesters)
          ticket = await TicketIntake.open(
            requester,
            {
              groupId: team.group.id,
              categoryId: pick(team.categories),
              title: subject,
              description: `${subject}. Could someone have a look?`,
              priority: pick(PRIORITIES),
            },
            [],
            as(requester)
          )
        },
      })
      steps.push({
        at: opened.plus({ minutes: 2 }),
        run: () => TicketWorkflow.assign(ticket!, agent.id, as(agent)),
      })
      steps.push({
        at: answered,
        run: () =>
          TicketConversation.add(
            ticket!,
            agent,
            { body: 'Thanks, I am looking into it.', internal: false },
            [],
            as(agent)
          ),
      })
      if (random() < 0.85) {
        const resolved = answered.plus({ hours: 1 + Math.floor(Math.exp(random() * 5)) })
        if (resolved < now) {
          steps.push({
            at: resolved,
            run: () => TicketWorkflow.changeStatus(ticket!, 'resolved', as(agent)),
          })
          if (random() < 0.1 && resolved.plus({ days: 1 }) < now) {
            steps.push({
              at: resolved.plus({ days: 1 }),
              run: () => TicketWorkflow.changeStatus(ticket!, 'in_progress', as(agent)),
            })
          }
        }
      }
    }
  }

  steps.sort((a, b) => a.at.toMillis() - b.at.toMillis())
  const clock = fakeClock(first)
  try {
    for (const step of steps.filter((entry) => entry.at < now)) {
      clock.set(step.at)
      await step.run()
    }
  } finally {
    clock.restore()
  }
}
