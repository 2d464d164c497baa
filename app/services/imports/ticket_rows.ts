import type { Priority, Status } from '#models/ticket'
import { parseDateCell } from '#services/imports/cell_values'
import { normalizeHeader, type TicketField } from '#services/imports/import_fields'
import type { ValueMaps } from '#services/imports/import_values'
import type { MappedRow } from '#services/imports/mapped_row'
import { msg } from '#i18n/message'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A ticket row read and checked on its own, before names are looked up. */
export type TicketRow = {
  source: MappedRow
  key: string
  title: string
  description: string
  priority: Priority
  status: Status
  group: string | null
  category: string | null
  subcategory: string | null
  requesterEmail: string | null
  requesterName: string | null
  assigneeEmail: string | null
  createdAt: Date | null
  resolvedAt: Date | null
  closedAt: Date | null
  replies: string[]
  notes: string[]
}

/**
 * Reads a ticket from a mapped row: required title, priorities and statuses
 * through the value tables, dates in the organization's zone. Problems are
 * added to the row's refusals; the caller refuses a row that has any.
 */
export function readTicketRow(row: MappedRow, values: ValueMaps, timeZone: string): TicketRow {
  const title = row.text('title')
  if (!title) {
    row.refuse(row.has('title') ? 'title' : null, msg('The row has no title.'))
  } else if (title.length > 200) {
    row.notice(
      'title',
      msg('Title longer than 200 characters; cut to 200 (the description keeps it all).')
    )
  }
  const description = row.text('description') ?? title ?? ''

  const date = (field: TicketField) => {
    const parsed = parseDateCell(row.raw(field), timeZone)
    if (parsed === 'invalid') {
      row.refuse(
        field,
        msg(
          '"{value}" is not a date Switchboard reads: use ISO 8601 (2024-03-01T09:30:00Z) or YYYY-MM-DD HH:mm.',
          { value: row.text(field) ?? '' }
        )
      )
      return null
    }
    return parsed
  }
  const createdAt = date('created_at')
  const resolvedAt = date('resolved_at')
  const closedAt = date('closed_at')

  const requesterEmail = row.text('requester_email')?.toLowerCase() ?? null
  if (row.has('requester_email') && !requesterEmail) {
    row.refuse('requester_email', msg('The row has no requester e-mail.'))
  } else if (requesterEmail && !EMAIL.test(requesterEmail)) {
    row.refuse(
      'requester_email',
      msg('"{value}" is not an e-mail address.', { value: requesterEmail })
    )
  }
  const assigneeEmail = row.text('assignee_email')?.toLowerCase() ?? null

  return {
    source: row,
    key: row.key(),
    title: (title ?? '').slice(0, 200),
    description: description.slice(0, 100_000),
    priority: mapped(row, 'priority', values.priority) ?? 'medium',
    status: statusOf(row, values, { resolvedAt, closedAt }, assigneeEmail),
    group: row.text('group'),
    category: row.text('category'),
    subcategory: row.text('subcategory'),
    requesterEmail,
    requesterName: row.text('requester_name'),
    assigneeEmail,
    createdAt,
    resolvedAt,
    closedAt,
    replies: row.texts('reply'),
    notes: row.texts('note'),
  }
}

function mapped<T extends string>(row: MappedRow, field: TicketField, table: Record<string, T>) {
  const text = row.text(field)
  if (text === null) {
    return null
  }
  const value = table[normalizeHeader(text)]
  if (!value) {
    row.refuse(
      field,
      field === 'priority'
        ? msg('Unknown priority "{value}": map it in the values table.', { value: text })
        : msg('Unknown status "{value}": map it in the values table.', { value: text })
    )
  }
  return value ?? null
}

/**
 * The file's status when it has one; otherwise what its dates say. An
 * "assigned" ticket without an assignee would sit in no one's queue, so it
 * is open.
 */
function statusOf(
  row: MappedRow,
  values: ValueMaps,
  dates: { resolvedAt: Date | null; closedAt: Date | null },
  assigneeEmail: string | null
): Status {
  const status = mapped(row, 'status', values.status)
  if (!status) {
    return dates.closedAt ? 'closed' : dates.resolvedAt ? 'resolved' : 'open'
  }
  return status === 'assigned' && !assigneeEmail ? 'open' : status
}
