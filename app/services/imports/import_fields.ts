import { msg, type Message } from '#i18n/message'

export const IMPORT_KINDS = ['tickets', 'users'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

/** The fields a ticket row can fill. `reply` and `note` may be mapped from several columns. */
export const TICKET_FIELDS = [
  'title',
  'description',
  'priority',
  'status',
  'group',
  'category',
  'subcategory',
  'requester_email',
  'requester_name',
  'assignee_email',
  'created_at',
  'resolved_at',
  'closed_at',
  'external_id',
  'reply',
  'note',
] as const
export type TicketField = (typeof TICKET_FIELDS)[number]

export const USER_FIELDS = [
  'email',
  'name',
  'role',
  'department',
  'groups',
  'locale',
  'external_id',
] as const
export type UserField = (typeof USER_FIELDS)[number]

export type ImportField = TicketField | UserField

/** The fields as the import page names them, for messages about the mapping. */
export const FIELD_LABELS: Record<ImportField, Message> = {
  title: msg('Title'),
  description: msg('Description'),
  priority: msg('Priority'),
  status: msg('Status'),
  group: msg('Group'),
  category: msg('Category'),
  subcategory: msg('Subcategory'),
  requester_email: msg('Requester e-mail'),
  requester_name: msg('Requester name'),
  assignee_email: msg('Assignee e-mail'),
  created_at: msg('Created at'),
  resolved_at: msg('Resolved at'),
  closed_at: msg('Closed at'),
  external_id: msg('External ID'),
  reply: msg('Public reply'),
  note: msg('Internal note'),
  email: msg('E-mail'),
  name: msg('Name'),
  role: msg('Role'),
  department: msg('Department'),
  groups: msg('Groups'),
  locale: msg('Language'),
}

/** Fields that may take more than one column; every other field takes one at most. */
export const REPEATABLE_FIELDS: readonly string[] = ['reply', 'note']

/** Which column feeds which field: the column's position in the header row → field. */
export type ColumnMapping = Record<string, ImportField>

export function fieldsOf(kind: ImportKind): readonly ImportField[] {
  return kind === 'tickets' ? TICKET_FIELDS : USER_FIELDS
}

/** Headers as people write them, reduced to letters: "E-Mail" and "e_mail" are both "email". */
export function normalizeHeader(header: string) {
  return header
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '')
}

/** Names other tools give the same field (Zammad, osTicket, Jira, ServiceNow, spreadsheets). */
const SYNONYMS: Record<ImportKind, Record<string, string[]>> = {
  tickets: {
    title: ['title', 'subject', 'summary', 'tickettitle', 'betreff', 'titel', 'shortdescription'],
    description: ['description', 'body', 'content', 'details', 'message', 'text', 'beschreibung'],
    priority: ['priority', 'urgency', 'severity', 'prio', 'prioritat'],
    status: ['status', 'state', 'ticketstatus', 'zustand'],
    group: ['group', 'queue', 'team', 'assignmentgroup', 'gruppe', 'helptopic'],
    category: ['category', 'type', 'issuetype', 'topic', 'kategorie'],
    subcategory: ['subcategory', 'subtype', 'subtopic', 'unterkategorie'],
    requester_email: [
      'requesteremail',
      'email',
      'emailaddress',
      'customeremail',
      'reporteremail',
      'contactemail',
      'from',
      'fromemail',
      'mail',
    ],
    requester_name: [
      'requestername',
      'requester',
      'customer',
      'customername',
      'reporter',
      'reportername',
      'contact',
      'contactname',
      'name',
      'fullname',
      'kunde',
    ],
    assignee_email: [
      'assigneeemail',
      'assignee',
      'owner',
      'owneremail',
      'agent',
      'agentemail',
      'assignedto',
      'bearbeiter',
    ],
    created_at: [
      'createdat',
      'created',
      'opened',
      'openedat',
      'createddate',
      'creationdate',
      'submitted',
      'erstellt',
    ],
    resolved_at: ['resolvedat', 'resolved', 'solved', 'solvedat', 'resolutiondate', 'gelost'],
    closed_at: ['closedat', 'closed', 'closedate', 'closeddate', 'geschlossen'],
    external_id: [
      'externalid',
      'id',
      'ticketid',
      'ticket',
      'number',
      'ticketnumber',
      'issuekey',
      'key',
      'reference',
      'ref',
    ],
    reply: [
      'reply',
      'replies',
      'publicreply',
      'response',
      'answer',
      'article',
      'comment',
      'comments',
      'antwort',
    ],
    note: [
      'note',
      'notes',
      'internalnote',
      'internalnotes',
      'privatenote',
      'worknote',
      'worknotes',
      'notiz',
    ],
  },
  users: {
    email: ['email', 'emailaddress', 'mail', 'login'],
    name: ['name', 'fullname', 'displayname', 'username'],
    role: ['role', 'usertype', 'type', 'rolle'],
    department: ['department', 'dept', 'division', 'abteilung'],
    groups: ['groups', 'group', 'teams', 'team', 'queues', 'gruppen'],
    locale: ['locale', 'language', 'lang', 'sprache'],
    external_id: ['externalid', 'id', 'employeeid', 'personnelnumber', 'userid'],
  },
}

/**
 * Proposes a mapping from the headers' names: a header that is a field's
 * name or one of its synonyms maps to it; "Reply 2" counts as "reply".
 * Each single field takes the first column that names it.
 */
export function proposeMapping(kind: ImportKind, headers: string[]): ColumnMapping {
  const byName = new Map<string, ImportField>()
  for (const [field, names] of Object.entries(SYNONYMS[kind])) {
    for (const name of names) {
      if (!byName.has(name)) byName.set(name, field as ImportField)
    }
  }
  const mapping: ColumnMapping = {}
  const taken = new Set<string>()
  headers.forEach((header, index) => {
    const name = normalizeHeader(header)
    const field = byName.get(name) ?? byName.get(name.replace(/\d+$/, ''))
    if (!field || (taken.has(field) && !REPEATABLE_FIELDS.includes(field))) {
      return
    }
    taken.add(field)
    mapping[String(index)] = field
  })
  return mapping
}
