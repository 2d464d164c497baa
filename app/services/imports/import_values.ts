import type { Priority, Status } from '#models/ticket'
import { normalizeHeader } from '#services/imports/import_fields'

/** Raw value (normalized) → product value, for priorities and statuses. */
export type ValueMaps = { priority: Record<string, Priority>; status: Record<string, Status> }

export const DEFAULT_VALUE_MAPS: ValueMaps = {
  priority: {
    'low': 'low',
    'minor': 'low',
    'trivial': 'low',
    'lowest': 'low',
    'niedrig': 'low',
    'gering': 'low',
    'p4': 'low',
    // Zammad's own names.
    '1low': 'low',
    '2normal': 'medium',
    '3high': 'high',
    'p5': 'low',
    'medium': 'medium',
    'normal': 'medium',
    'moderate': 'medium',
    'standard': 'medium',
    'mittel': 'medium',
    'p3': 'medium',
    'high': 'high',
    'major': 'high',
    'important': 'high',
    'hoch': 'high',
    'p2': 'high',
    'critical': 'critical',
    'urgent': 'critical',
    'blocker': 'critical',
    'highest': 'critical',
    'emergency': 'critical',
    'kritisch': 'critical',
    'dringend': 'critical',
    'p1': 'critical',
  },
  status: {
    open: 'open',
    new: 'open',
    opened: 'open',
    reopened: 'open',
    todo: 'open',
    neu: 'open',
    offen: 'open',
    assigned: 'assigned',
    zugewiesen: 'assigned',
    inprogress: 'in_progress',
    progress: 'in_progress',
    working: 'in_progress',
    ongoing: 'in_progress',
    doing: 'in_progress',
    inbearbeitung: 'in_progress',
    waitingoncustomer: 'waiting_on_customer',
    pending: 'waiting_on_customer',
    pendingreminder: 'waiting_on_customer',
    pendingclose: 'waiting_on_customer',
    waiting: 'waiting_on_customer',
    onhold: 'waiting_on_customer',
    awaitingcustomer: 'waiting_on_customer',
    wartend: 'waiting_on_customer',
    resolved: 'resolved',
    solved: 'resolved',
    done: 'resolved',
    fixed: 'resolved',
    completed: 'resolved',
    erledigt: 'resolved',
    gelost: 'resolved',
    closed: 'closed',
    geschlossen: 'closed',
    archived: 'closed',
    merged: 'closed',
    cancelled: 'closed',
  },
}

/** The defaults with the admin's table on top. Keys are compared normalized. */
export function valueMapsWith(custom: Partial<ValueMaps> | null | undefined): ValueMaps {
  const normalized = (table: Record<string, string> | undefined) =>
    Object.fromEntries(
      Object.entries(table ?? {}).map(([raw, value]) => [normalizeHeader(raw), value])
    )
  return {
    priority: {
      ...DEFAULT_VALUE_MAPS.priority,
      ...(normalized(custom?.priority) as ValueMaps['priority']),
    },
    status: {
      ...DEFAULT_VALUE_MAPS.status,
      ...(normalized(custom?.status) as ValueMaps['status']),
    },
  }
}
