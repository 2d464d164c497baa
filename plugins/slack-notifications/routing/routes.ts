import type { Priority } from '#platform/sdk'
import { DEFAULT_EVENTS, PRIORITIES, type RoutedEvent } from '../settings.js'
import type { Route } from '../types.js'

export type RoutedFacts = { event: RoutedEvent; groupId: number | null; priority: Priority }

/** The rows that want this event for this ticket: its group, one of its events, at least its priority. */
export function routesFor(routes: Route[], facts: RoutedFacts): Route[] {
  return routes.filter((route) => {
    if (route.groupId !== facts.groupId) return false
    const events = route.events.length > 0 ? route.events : DEFAULT_EVENTS
    if (!events.includes(facts.event)) return false
    return !route.minPriority || rank(facts.priority) >= rank(route.minPriority)
  })
}

/** Internal notes go only where a row lists them explicitly (never by default). */
export function allowsInternal(route: Route) {
  return route.events.includes('ticket.note_added')
}

function rank(priority: string) {
  return PRIORITIES.indexOf(priority as (typeof PRIORITIES)[number])
}
