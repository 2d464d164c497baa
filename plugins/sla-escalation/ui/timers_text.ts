import type { TargetView, TimersData } from './panel_types.js'
import { formatDuration, formatMinutes, formatWhen, type Viewer } from './sla_text.js'

/** How a status line looks: green when met, amber close to or past due when met, red when late. */
export type Tone = 'ok' | 'warn' | 'late' | 'muted' | 'normal'

export type StatusLine = { text: string; tone: Tone }

/** Within this much of its due time a running target turns amber, as the queue badge does. */
const SOON = 60 * 60_000

/**
 * The live part of the countdown: within the last hour, or the first hour
 * late, the seconds show too ("24 min 08 s"), so the agent sees it move.
 */
function countdown(millis: number) {
  if (millis >= SOON) return formatDuration(millis)
  const seconds = Math.floor(millis / 1000)
  if (seconds < 60) return `${seconds} s`
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`
}

function margin(diffMinutes: number | null, side: 'early' | 'late') {
  const minutes = Math.abs(diffMinutes ?? 0)
  if (minutes === 0) return side === 'early' ? 'on time' : 'under a minute late'
  return `${formatMinutes(minutes)} ${side}`
}

/**
 * One target's status in words at `now` (milliseconds), the way the panel
 * shows it: "due in 1 h 12 min", "late 2 h 5 min", "paused", "met 14:02,
 * 38 min early". Called every second, so a running target turns late on
 * its own when its due time passes.
 */
export function statusLine(view: TargetView, now: number, viewer: Viewer): StatusLine {
  const due = view.dueAt ? Date.parse(view.dueAt) : null
  switch (view.state) {
    case 'met':
      return {
        text: `met ${formatWhen(view.metAt!, viewer, new Date(now))}, ${margin(view.diffMinutes, 'early')}`,
        tone: 'ok',
      }
    case 'met_late':
      return {
        text: `met ${formatWhen(view.metAt!, viewer, new Date(now))}, ${margin(view.diffMinutes, 'late')}`,
        tone: 'warn',
      }
    case 'waiting':
      return { text: 'not started', tone: 'muted' }
    case 'unreachable':
      return { text: 'no business hours ahead in the calendar', tone: 'muted' }
    // The panel says once, above the targets, why the clocks stand still.
    case 'paused':
      return { text: 'paused', tone: 'muted' }
  }
  if (due === null) return { text: 'no due time', tone: 'muted' }
  if (view.state === 'late' || now >= due) {
    return { text: `late ${countdown(now - due)}`, tone: 'late' }
  }
  return {
    text: `due in ${countdown(due - now)}`,
    tone: due - now <= SOON ? 'warn' : 'normal',
  }
}

/** What starts a target's clock that has not started yet (next response before a cycle). */
export function startsWhen(data: Pick<TimersData, 'nextResponseMode'>) {
  return data.nextResponseMode === 'after_customer'
    ? 'Starts when the customer writes again'
    : 'Starts with the next message'
}

/** "Due", "Was due" or "Due if resumed now", before the due time itself. */
export function dueLabel(view: TargetView) {
  if (view.state === 'met' || view.state === 'met_late') return 'Was due'
  if (view.state === 'paused') return 'Due if resumed now'
  return 'Due'
}

/** "22 min of 1 h": business time used against the target. */
export function usedText(view: TargetView) {
  if (view.businessMinutes === null) return null
  return `${formatMinutes(view.businessMinutes)} of ${formatMinutes(view.minutes)}`
}
