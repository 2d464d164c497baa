import { useI18n } from '~/i18n'

const STATUS: Record<string, string> = {
  open: 'Open',
  assigned: 'Assigned',
  in_progress: 'In progress',
  waiting_on_customer: 'Waiting on customer',
  resolved: 'Resolved',
  closed: 'Closed',
}

const PRIORITY: Record<string, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
}

const QUEUE: Record<string, string> = {
  unassigned: 'Unassigned',
  mine: 'Mine',
  groups: 'My groups',
  urgent: 'High & critical',
  all: 'All tickets',
}

export type UseTicketLabelsReturn = {
  status: (code: string) => string
  priority: (code: string) => string
  queue: (code: string) => string
  fileSize: (bytes: number) => string
}

/** Display names for ticket codes, in the user's language. */
export function useTicketLabels(): UseTicketLabelsReturn {
  const { t, formatNumber } = useI18n()
  return {
    status: (code) => t(STATUS[code] ?? code),
    priority: (code) => t(PRIORITY[code] ?? code),
    queue: (code) => t(QUEUE[code] ?? code),
    fileSize: (bytes) =>
      bytes >= 1024 * 1024
        ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
        : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`,
  }
}
