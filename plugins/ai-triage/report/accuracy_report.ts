import type { Period } from '#platform/sdk'
import type { Context } from '../types.js'
import { APPLICABLE_FIELDS, type ApplicableField } from '../settings.js'
import type { FieldAccuracy } from '../ui/admin_types.js'

/** One field's figures, as the admin page shows them (the page's own type, so both agree). */
export type { FieldAccuracy }

const COLUMN: Record<ApplicableField, string> = {
  group: 'group_id',
  category: 'category_id',
  subcategory: 'subcategory_id',
  priority: 'priority',
}

/** The suggested value equals the ticket's value now (as JSON, so 5 ≠ "5" and null matches nothing). */
const SAME = `(ai_triage_suggestions.ticket_now -> f.name) = (f.field -> 'value')`
const SETTLED = `(ai_triage_suggestions.ticket_now ->> 'status') in ('resolved', 'closed')`
const STATE = (state: string) => `(f.field ->> 'state') = '${state}'`
const CONFIDENT = `(f.field ->> 'confidence')::float8 >= ?`

/**
 * The accuracy report of Admin → AI triage, in one query over the
 * suggestions made in the period: per field, how often what was applied
 * (automatically or by an agent) is still the ticket's value or was
 * changed, what was dismissed or left, and, on tickets now resolved or
 * closed, the precision and coverage the field's current threshold gives.
 */
export async function accuracyReport(context: Context, period: Period) {
  const settings = APPLICABLE_FIELDS.map((field) => ({
    field,
    mode: context.settings[`${field}Mode`] ?? 'suggest',
    threshold: context.settings[`${field}Threshold`] ?? 0.9,
  }))
  const threshold = `(case f.name ${settings
    .map(({ field }) => `when '${COLUMN[field]}' then ?::float8`)
    .join(' ')} end)`
  const thresholds = settings.map((row) => row.threshold)
  const query = context.db.from('ai_triage_suggestions')
  const columns = [
    'f.name',
    'count(*) as suggested',
    `count(*) filter (where ${STATE('applied')} and (f.field ->> 'by') = 'auto') as auto_applied`,
    `count(*) filter (where ${STATE('applied')} and (f.field ->> 'by') = 'auto' and ${SAME}) as auto_kept`,
    `count(*) filter (where ${STATE('applied')} and coalesce(f.field ->> 'by', 'agent') = 'agent') as agent_applied`,
    `count(*) filter (where ${STATE('applied')} and coalesce(f.field ->> 'by', 'agent') = 'agent' and ${SAME}) as agent_kept`,
    `count(*) filter (where ${STATE('dismissed')}) as dismissed`,
    `count(*) filter (where ${STATE('suggested')}) as pending`,
    `count(*) filter (where ${STATE('suggested')} and ${SAME}) as pending_matching`,
    `count(*) filter (where ${SETTLED}) as settled`,
    `count(*) filter (where ${SETTLED} and ${SAME}) as settled_right`,
    `count(*) filter (where ${SETTLED} and ${CONFIDENT.replace('?', threshold)}) as covered`,
    `count(*) filter (where ${SETTLED} and ${SAME} and ${CONFIDENT.replace('?', threshold)}) as covered_right`,
  ]
  const rows = (await query
    .select(query.client.raw(columns.join(',\n'), [...thresholds, ...thresholds]))
    .joinRaw('cross join lateral jsonb_each(ai_triage_suggestions.fields) as f(name, field)')
    .whereIn(
      'f.name',
      APPLICABLE_FIELDS.map((field) => COLUMN[field])
    )
    .where('ai_triage_suggestions.created_at', '>=', period.start.toJSDate())
    .where('ai_triage_suggestions.created_at', '<', period.end.toJSDate())
    .groupBy('f.name')) as Record<string, string | number>[]
  return settings.map(({ field, mode, threshold: value }): FieldAccuracy => {
    const row = rows.find((candidate) => candidate.name === COLUMN[field]) ?? {}
    const count = (name: string) => Number(row[name] ?? 0)
    return {
      field,
      mode,
      threshold: value,
      suggested: count('suggested'),
      autoApplied: count('auto_applied'),
      autoKept: count('auto_kept'),
      agentApplied: count('agent_applied'),
      agentKept: count('agent_kept'),
      dismissed: count('dismissed'),
      pending: count('pending'),
      pendingMatching: count('pending_matching'),
      settled: count('settled'),
      settledRight: count('settled_right'),
      covered: count('covered'),
      coveredRight: count('covered_right'),
    }
  })
}
