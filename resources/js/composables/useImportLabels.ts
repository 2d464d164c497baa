import { useI18n } from '~/i18n'

/** What a pass said about one row (import_notes), as the page receives it. */
export type ImportNote = { row_number: number; column: string | null; message: string }

/** The statuses during which a pass waits for the worker or runs in it. */
export const WORKING_STATUSES = ['checking', 'queued', 'running']

export type UseImportLabelsReturn = {
  field: (code: string) => string
  status: (code: string) => string
  kind: (code: string) => string
  delimiter: (code: string | null) => string
}

/** Display names for an import's codes (fields, statuses, kinds), in the user's language. */
export function useImportLabels(): UseImportLabelsReturn {
  const { t } = useI18n()
  const FIELDS: Record<string, string> = {
    title: t('Title'),
    description: t('Description'),
    priority: t('Priority'),
    status: t('Status'),
    group: t('Group'),
    category: t('Category'),
    subcategory: t('Subcategory'),
    requester_email: t('Requester e-mail'),
    requester_name: t('Requester name'),
    assignee_email: t('Assignee e-mail'),
    created_at: t('Created at'),
    resolved_at: t('Resolved at'),
    closed_at: t('Closed at'),
    external_id: t('External ID'),
    reply: t('Public reply'),
    note: t('Internal note'),
    email: t('E-mail'),
    name: t('Name'),
    role: t('Role'),
    department: t('Department'),
    groups: t('Groups'),
    locale: t('Language'),
  }
  const STATUSES: Record<string, string> = {
    uploaded: t('Uploaded'),
    checking: t('Checking'),
    checked: t('Checked'),
    queued: t('Queued'),
    running: t('Importing'),
    completed: t('Completed'),
    cancelled: t('Cancelled'),
    failed: t('Failed'),
  }
  const DELIMITERS: Record<string, string> = {
    ',': t('comma'),
    ';': t('semicolon'),
    '\t': t('tab'),
    '|': t('vertical bar'),
  }
  return {
    field: (code) => FIELDS[code] ?? code,
    status: (code) => STATUSES[code] ?? code,
    kind: (code) => (code === 'users' ? t('Users') : t('Tickets')),
    delimiter: (code) => (code === null ? '—' : (DELIMITERS[code] ?? code)),
  }
}

/**
 * Raw values as the server compares them (normalizeHeader in
 * import_fields.ts): lowercase letters and digits, accents dropped, so
 * "In Progress" and "in_progress" are one value.
 */
export function normalizeValue(text: string) {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '')
}
