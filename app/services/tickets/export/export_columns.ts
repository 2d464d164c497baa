/**
 * The columns of a ticket export, in order, shared by every format: the
 * row source selects `key`, the writers print `label` and treat `date`
 * columns as moments.
 */
export const EXPORT_COLUMNS = [
  { key: 'reference', label: 'Ticket', type: 'text' },
  { key: 'title', label: 'Title', type: 'text' },
  { key: 'status', label: 'Status', type: 'text' },
  { key: 'priority', label: 'Priority', type: 'text' },
  { key: 'group_name', label: 'Group', type: 'text' },
  { key: 'category_name', label: 'Category', type: 'text' },
  { key: 'subcategory_name', label: 'Subcategory', type: 'text' },
  { key: 'requester_name', label: 'Requester', type: 'text' },
  { key: 'requester_email', label: 'Requester e-mail', type: 'text' },
  { key: 'assignee_name', label: 'Assignee', type: 'text' },
  { key: 'source', label: 'Source', type: 'text' },
  { key: 'created_at', label: 'Created', type: 'date' },
  { key: 'updated_at', label: 'Updated', type: 'date' },
  { key: 'first_response_at', label: 'First response', type: 'date' },
  { key: 'resolved_at', label: 'Resolved', type: 'date' },
  { key: 'closed_at', label: 'Closed', type: 'date' },
] as const

export type ExportColumn = (typeof EXPORT_COLUMNS)[number]

/** One exported ticket, as the row source reads it: column key → value (null when empty). */
export type ExportRow = Record<ExportColumn['key'], string | Date | null>

/**
 * Text a spreadsheet would run as a formula (=, +, -, @ first, or a tab or
 * carriage return that some of them skip before looking) gets a leading
 * apostrophe, so it is shown as the text it is (OWASP "CSV injection").
 * Ticket titles and names are typed by anyone, customers included.
 */
export function defuseFormula(text: string) {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}
