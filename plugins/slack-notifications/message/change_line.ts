import type { ActorSnapshot } from '#platform/sdk'

const STATUS_VERBS: Record<string, string> = {
  resolved: 'resolved it',
  closed: 'closed it',
  in_progress: 'started work on it',
  waiting_on_customer: 'is waiting on the requester',
}

const who = (actor: ActorSnapshot | null) => actor?.name ?? 'Switchboard'
const words = (status: string) => status.replaceAll('_', ' ')

/** The one-line change of each event, as a person would say it: "Sam Agent resolved it". */
export const changeLine = {
  created: (actor: ActorSnapshot | null) => `${who(actor)} opened it`,
  assigned: (actor: ActorSnapshot | null, assignee: string | null) =>
    assignee ? `${who(actor)} assigned it to ${assignee}` : `${who(actor)} unassigned it`,
  statusChanged(actor: ActorSnapshot | null, from: string, to: string) {
    if (from === 'resolved' || from === 'closed') return `${who(actor)} reopened it (${words(to)})`
    return `${who(actor)} ${STATUS_VERBS[to] ?? `moved it from ${words(from)} to ${words(to)}`}`
  },
  replied: (actor: ActorSnapshot | null) => `${who(actor)} replied`,
  noted: (actor: ActorSnapshot | null) => `${who(actor)} added an internal note`,
  slaWarning: (target: string, minutesFromDue: number) =>
    `SLA warning: ${words(target)} due in ${Math.abs(minutesFromDue)} min`,
  slaBreached: (target: string, minutesFromDue: number) =>
    `SLA breached: ${words(target)} ${Math.abs(minutesFromDue)} min overdue`,
}
