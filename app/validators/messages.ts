/**
 * The words people see beside a form field when their input is refused,
 * in English; app/i18n translates them. Field names are spelled as the
 * forms label them. Every rule a validator uses needs a message here
 * (tests/unit/i18n/catalogue.spec.ts checks).
 */
export const validationMessages: Record<string, string> = {
  'required': 'The {{ field }} is required.',
  'string': 'The {{ field }} must be text.',
  'email': 'Enter a valid e-mail address.',
  'minLength': 'The {{ field }} must be at least {{ min }} characters long.',
  'maxLength': 'The {{ field }} must be at most {{ max }} characters long.',
  'enum': 'Choose one of the offered {{ field }} options.',
  'in': 'Choose a {{ field }} from the list.',
  'boolean': 'The {{ field }} must be yes or no.',
  'number': 'The {{ field }} must be a number.',
  'date': 'The {{ field }} must be a date.',
  'afterOrSameAs': 'The last day must be on or after the first day.',
  'date.afterOrSameAs': 'The last day must be on or after the first day.',
  'min': 'The {{ field }} must be at least {{ min }}.',
  'max': 'The {{ field }} must be at most {{ max }}.',
  'range': 'The {{ field }} must be between {{ min }} and {{ max }}.',
  'withoutDecimals': 'The {{ field }} must be a whole number.',
  'positive': 'The {{ field }} must be a positive number.',
  'array': 'The {{ field }} must be a list.',
  'file': 'The {{ field }} must be a file.',
  'regex': 'The {{ field }} is not in the expected format.',
  'object': 'The {{ field }} is not in the expected format.',
  'record': 'The {{ field }} is not in the expected format.',
  'array.minLength': 'The {{ field }} needs at least {{ min }} entries.',
  'array.maxLength': 'The {{ field }} can have at most {{ max }} entries.',
  'ids.array.minLength': 'Select at least one ticket.',
  'ids.array.maxLength': 'Select at most {{ max }} tickets at once.',
  'url': 'The {{ field }} must be a full URL, like https://example.com.',
  'confirmed': 'The passwords do not match.',
  'recordId': 'There is no such {{ field }}.',
  'futureInstant': 'The {{ field }} must be a future date or time.',
  'distinct': 'Each {{ field }} may be chosen only once.',
  'passwordConfirmation.confirmed': 'The passwords do not match.',
  'database.unique': 'This {{ field }} is already in use.',
  'ticketPrefix.regex': 'Use 1 to 10 letters or digits, starting with a letter.',
  'status.in':
    'Unknown status. Use open, assigned, in_progress, waiting_on_customer, resolved or closed.',
  'status.*.in':
    'Unknown status. Use open, assigned, in_progress, waiting_on_customer, resolved or closed.',
  'priority.in': 'Unknown priority. Use low, medium, high or critical.',
  'priority.*.in': 'Unknown priority. Use low, medium, high or critical.',
  'format.in': 'Unknown format. Use csv or xlsx.',
  'sort.regex':
    'Unknown sort. Use newest, oldest, updated, priority, relevance or plugin:<plugin>:<sort>.',
}

export const fieldNames: Record<string, string> = {
  email: 'e-mail address',
  organizationName: 'organization name',
  passwordConfirmation: 'password confirmation',
  currentPassword: 'current password',
  ticketPrefix: 'ticket number prefix',
  timezone: 'time zone',
  defaultLocale: 'default language',
  locale: 'language',
  userId: 'member',
  groupId: 'group',
  categoryId: 'category',
  subcategoryId: 'subcategory',
  assigneeId: 'assignee',
  assignedTo: 'assignee',
  requesterId: 'requester',
  actorId: 'person',
  ids: 'ticket',
  customerPriorities: 'customer priorities',
  moveOpenTicketsTo: 'group to move open tickets to',
  move_open_tickets_to: 'group to move open tickets to',
  group_id: 'group',
  agent_id: 'agent',
  category_id: 'category',
  subcategory_id: 'subcategory',
  assigned_to: 'assignee',
  requester_id: 'requester',
  user_id: 'member',
  isActive: 'status',
  onboarding: 'sign-in method',
  externalId: 'external id',
  groupIds: 'groups',
  kind: 'content of the file',
  mapping: 'column mapping',
  valueMaps: 'values table',
  createMissing: 'creation of missing groups',
  defaultGroupId: 'group for rows without one',
  dryRun: 'dry run',
  value_maps: 'values table',
  create_missing: 'creation of missing groups',
  default_group_id: 'group for rows without one',
  dry_run: 'dry run',
  awayUntil: 'away until',
  away_until: 'away until',
  assignmentMode: 'automatic assignment',
  assignmentMaxOpen: 'open ticket limit',
  max_open: 'open ticket limit',
}

/**
 * The same messages for fields named by a label written in capitals, as
 * a plugin's settings are ("API token is required.").
 */
export const labelledMessages: Record<string, string> = Object.fromEntries(
  Object.entries(validationMessages).map(([rule, message]) => [
    rule,
    message.replace(/^The \{\{ field \}\}/, '{{ field }}'),
  ])
)
