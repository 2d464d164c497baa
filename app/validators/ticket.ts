import vine from '@vinejs/vine'
import { PRIORITIES, STATUSES, type Priority, type Status } from '#models/ticket'
import { pageNumber, recordId, recordIdOr } from '#validators/rules/record_id'
import { PLUGIN_SORT_VALUE } from '#platform/plugin_sorts'

/** Exported for text made outside a form (the mail channel), which must fit these rules too. */
export const TICKET_TITLE_LENGTH = { min: 3, max: 200 }
export const TICKET_DESCRIPTION_MAX = 20_000
export const REPLY_BODY_MAX = 20_000

/** Shared rules, used by the web forms (camelCase) and the API (snake_case). */
export const ticketRules = {
  title: () =>
    vine.string().trim().minLength(TICKET_TITLE_LENGTH.min).maxLength(TICKET_TITLE_LENGTH.max),
  description: () => vine.string().trim().minLength(1).maxLength(TICKET_DESCRIPTION_MAX),
  body: () => vine.string().trim().minLength(1).maxLength(REPLY_BODY_MAX),
  /** "High" and "high" both work: the seed documents capitalised values. */
  priority: () =>
    vine
      .string()
      .trim()
      .toLowerCase()
      .in([...PRIORITIES])
      .transform((value) => value as Priority),
  status: () =>
    vine
      .string()
      .trim()
      .toLowerCase()
      .in([...STATUSES])
      .transform((value) => value as Status),
  id: recordId,
  /** Files are judged by their bytes in AttachmentIntake; here only "is it a file". */
  attachments: () => vine.array(vine.file()).optional(),
}

export const createTicketValidator = vine.create({
  groupId: ticketRules.id(),
  categoryId: ticketRules.id().nullable().optional(),
  subcategoryId: ticketRules.id().nullable().optional(),
  title: ticketRules.title(),
  description: ticketRules.description(),
  priority: ticketRules.priority().optional(),
  attachments: ticketRules.attachments(),
})

export const replyValidator = vine.create({
  body: ticketRules.body(),
  internal: vine.boolean().optional(),
  /** "Send and set status" (desk only). */
  status: ticketRules.status().optional(),
  attachments: ticketRules.attachments(),
})

export const assignValidator = vine.create({
  assignedTo: ticketRules.id().nullable(),
})

export const statusValidator = vine.create({
  status: ticketRules.status(),
})

/** The ticket page's one save; a field left out stays as it is. */
export const updateTicketValidator = vine.create({
  title: ticketRules.title().optional(),
  priority: ticketRules.priority().optional(),
  groupId: ticketRules.id().optional(),
  categoryId: ticketRules.id().nullable().optional(),
  subcategoryId: ticketRules.id().nullable().optional(),
  status: ticketRules.status().optional(),
  assignedTo: ticketRules.id().nullable().optional(),
})

export const bulkTicketValidator = vine.create({
  ids: vine.array(ticketRules.id()).minLength(1).maxLength(200),
  action: vine.enum(['assign', 'status', 'priority'] as const),
  assignedTo: ticketRules.id().nullable().optional(),
  status: ticketRules.status().optional(),
  priority: ticketRules.priority().optional(),
})

export const QUEUES = ['unassigned', 'mine', 'groups', 'urgent', 'all'] as const
export const SORTS = ['newest', 'oldest', 'updated', 'priority', 'relevance'] as const
/**
 * A built-in sort, or a plugin's (`hooks.sort`) as `plugin:<plugin id>:<sort name>`:
 * only its shape is checked here. Whether the organization has that sort is
 * decided when the list is read, and an unknown one means the default order.
 */
export type TicketSort = (typeof SORTS)[number] | `plugin:${string}:${string}`
const SORT_VALUE = new RegExp(`^(${SORTS.join('|')})$|${PLUGIN_SORT_VALUE.source}`)

/** Query-string filters shared by the portal and desk lists, the exports and the API. */
const ticketFilterFields = () => ({
  q: vine.string().trim().maxLength(200).optional(),
  queue: vine.enum(QUEUES).optional(),
  status: vine.array(ticketRules.status()).optional(),
  priority: vine.array(ticketRules.priority()).optional(),
  groupId: ticketRules.id().optional(),
  categoryId: ticketRules.id().optional(),
  /** An agent's id, or "none" for unassigned tickets. */
  assigneeId: recordIdOr('none').optional(),
  requesterId: ticketRules.id().optional(),
  createdFrom: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  createdTo: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  sort: vine
    .string()
    .maxLength(100)
    .regex(SORT_VALUE)
    .transform((value) => value as TicketSort)
    .optional(),
  page: pageNumber().optional(),
  perPage: vine.number().min(1).max(100).withoutDecimals().optional(),
})

export const ticketFiltersValidator = vine.create(ticketFilterFields())

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
const exportFormat = () =>
  vine
    .string()
    .trim()
    .toLowerCase()
    .in([...EXPORT_FORMATS])
    .transform((value) => value as ExportFormat)

/** The desk's export link: its filters are read as the list reads them, the format on its own. */
export const exportFormatValidator = vine.create({ format: exportFormat().optional() })

/** The API's exports: filters and format in one answer, so a 422 names every bad field. */
export const ticketExportValidator = vine.create({
  ...ticketFilterFields(),
  format: exportFormat().optional(),
})

/**
 * Query strings arrive in several shapes: `status=open`, `status[]=open`,
 * `status=open,resolved`, empty selects. This flattens them for
 * ticketFiltersValidator, dropping blanks so an empty select means "any".
 * API names (snake_case) are accepted beside the web ones.
 */
export function normalizeTicketQuery(qs: Record<string, unknown>) {
  const aliases: Record<string, string> = {
    per_page: 'perPage',
    group_id: 'groupId',
    category_id: 'categoryId',
    assigned_to: 'assigneeId',
    assignee_id: 'assigneeId',
    requester_id: 'requesterId',
    created_from: 'createdFrom',
    created_to: 'createdTo',
  }
  const normalized: Record<string, unknown> = {}
  for (const [rawKey, value] of Object.entries(qs)) {
    const key = aliases[rawKey] ?? rawKey
    if (key === 'status' || key === 'priority') {
      const list = [value]
        .flat()
        .flatMap((entry) => String(entry ?? '').split(','))
        .map((entry) => entry.trim())
        .filter(Boolean)
      if (list.length) {
        normalized[key] = list
      }
    } else if (value !== '' && value !== null && value !== undefined && !Array.isArray(value)) {
      normalized[key] = value
    }
  }
  return normalized
}

/** The query keys of the desk list, as its forms and links write them. */
const DESK_LIST_KEYS = [
  'queue',
  'q',
  'status',
  'priority',
  'groupId',
  'assigneeId',
  'requesterId',
  'createdFrom',
  'createdTo',
  'sort',
  'page',
] as const

/**
 * The desk list a ticket page was opened from, as its query string: the
 * page leads back there. Only a query the list itself would accept is
 * kept, key by key as it came.
 */
export async function deskListQuery(qs: Record<string, unknown>) {
  const [error] = await ticketFiltersValidator.tryValidate(normalizeTicketQuery(qs))
  if (error) {
    return {}
  }
  const kept: Record<string, string> = {}
  for (const key of DESK_LIST_KEYS) {
    const value = qs[key]
    if (typeof value === 'string' && value !== '') {
      kept[key] = value
    }
  }
  return kept
}
