/**
 * The field errors a form's validation threw, as `{ field: message }` (the
 * first message per field), the way the error bag shows them.
 */
export async function fieldErrors(work: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await work
  } catch (error) {
    const messages = (error as { code?: string; messages?: { field: string; message: string }[] })
      .messages
    if ((error as { code?: string }).code !== 'E_VALIDATION_ERROR' || !messages) throw error
    const errors: Record<string, string> = {}
    for (const { field, message } of messages) errors[field] ??= message
    return errors
  }
  throw new Error('the input was accepted')
}

const officeDay = () => [{ start: '09:00', end: '17:00' }]

/** A valid calendar form: an office week in Berlin. */
export function calendarForm(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Berlin office',
    timezone: 'Europe/Berlin',
    hours: {
      mon: officeDay(),
      tue: officeDay(),
      wed: officeDay(),
      thu: officeDay(),
      fri: officeDay(),
      sat: [],
      sun: [],
    },
    holidays: [{ date: '2026-12-25', yearly: true }],
    ...overrides,
  }
}

/** A valid policy form: high and critical tickets, an hour to first response, a two-step ladder. */
export function policyForm(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Urgent',
    conditions: { priority: ['high', 'critical'], group: [], category: [] },
    calendarId: 1,
    firstResponseMinutes: 60,
    nextResponseMinutes: null,
    resolutionMinutes: 480,
    nextResponseMode: 'after_customer',
    ladder: [
      {
        id: 'step-warn',
        target: 'first_response',
        when: 'before',
        minutes: 15,
        actions: [{ type: 'email', to: 'assignee' }],
      },
      {
        id: '',
        target: 'first_response',
        when: 'after',
        minutes: 0,
        actions: [
          { type: 'reassign', groupId: 1, userId: 100 },
          { type: 'priority', level: 'raise' },
          { type: 'note', body: 'Missed the first response.' },
        ],
      },
    ],
    ...overrides,
  }
}
