/**
 * What the admin pages' loaders hand to the pages (their `data` prop).
 * Plain JSON shapes, shared by the loaders (server) and the pages
 * (browser); nothing here may import server code.
 */

/** The forms' limits, shared by the pages (to stop offering "add") and the validators. */
export const LIMITS = {
  intervalsPerDay: 6,
  holidays: 200,
  steps: 10,
  actionsPerStep: 5,
  namedAgents: 20,
} as const

export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number]
export type Interval = { start: string; end: string }
export type HolidayRow = { date: string; yearly: boolean }

export type CalendarView = {
  id: number
  name: string
  timezone: string
  hours: Record<WeekdayKey, Interval[]>
  holidays: HolidayRow[]
  isDefault: boolean
  /** Names of the policies that use it, in their order. */
  usedBy: string[]
}

/** Whether open tickets' clocks are still being recomputed after the last change. */
export type RecomputeView = { running: boolean }

export type CalendarsPage = { calendars: CalendarView[]; recompute: RecomputeView }
export type CalendarFormPage = { calendar: CalendarView | null }

export type PriorityKey = 'low' | 'medium' | 'high' | 'critical'
export type TargetKey = 'first_response' | 'next_response' | 'resolution'
export type Audience = 'assignee' | 'group' | 'admins' | 'agents'

export type ActionForm =
  | { type: 'email'; to: Audience; userIds: number[] }
  | { type: 'reassign'; groupId: number | null; userId: number | null }
  | { type: 'priority'; level: 'raise' | PriorityKey }
  | { type: 'note'; body: string }

export type StepForm = {
  /** Kept across saves; empty for a step the server has not seen yet. */
  id: string
  target: TargetKey
  when: 'before' | 'after'
  minutes: number | null
  actions: ActionForm[]
}

/** The policy form's fields, as the page edits them and the server reads them. */
export type PolicyForm = {
  name: string
  conditions: { priority: PriorityKey[]; group: number[]; category: number[] }
  calendarId: number | null
  firstResponseMinutes: number | null
  nextResponseMinutes: number | null
  resolutionMinutes: number | null
  nextResponseMode: 'after_customer' | 'between_updates'
  ladder: StepForm[]
}

export type Choice = { id: number; name: string }
export type GroupChoice = Choice & { categories: Choice[] }
export type AgentChoice = Choice & { email: string; groupIds: number[] }

export type PolicyView = PolicyForm & {
  id: number
  position: number
  calendarName: string
}

export type PolicyChoices = {
  calendars: Choice[]
  groups: GroupChoice[]
  agents: AgentChoice[]
}

export type PoliciesPage = {
  policies: PolicyView[]
  groups: GroupChoice[]
  recompute: RecomputeView
}
export type PolicyFormPage = PolicyChoices & { policy: PolicyView | null }

export type SimulatedTargetView = {
  due_at: string | null
  met_at: string | null
  business_minutes: number | null
  diff_minutes: number | null
} | null

export type SimulationView = {
  policy: string | null
  escalation_at: string | null
  first_response: SimulatedTargetView
  next_response: SimulatedTargetView
  resolution: SimulatedTargetView
}

export type TestPolicyPage = {
  input: string
  /** Whether the input is the admin's own (saved by a run) rather than the prefill. */
  edited: boolean
  output: SimulationView | null
  error: { field: string; message: string } | null
  /** Why the prefill uses one calendar when policies use several. */
  calendarNote: string | null
}
