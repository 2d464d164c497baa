import type { TaxonomyGroup } from '#platform/sdk'
import type { Suggestion } from '../triage/suggestion.js'

const LABELS: Record<string, string> = {
  group_id: 'Group',
  category_id: 'Category',
  subcategory_id: 'Subcategory',
  priority: 'Priority',
  sentiment: 'Sentiment',
  language: 'Language',
  summary: 'Summary',
  escalate: 'Escalate',
}

/** The panel's rows: each field with a display value, its confidence and state. */
export function suggestionView(suggestion: Suggestion, tree: TaxonomyGroup[]) {
  const categories = tree.flatMap((group) => group.categories)
  const names = new Map<string, string>([
    ...tree.map((group) => [`group_id:${group.id}`, group.name] as [string, string]),
    ...categories.map((c) => [`category_id:${c.id}`, c.name] as [string, string]),
    ...categories
      .flatMap((c) => c.subcategories)
      .map((s) => [`subcategory_id:${s.id}`, s.name] as [string, string]),
  ])
  const rows = Object.entries(LABELS).flatMap(([name, label]) => {
    const field = suggestion.fields[name as keyof Suggestion['fields']]
    if (!field) return []
    const shown =
      typeof field.value === 'boolean'
        ? field.value
          ? 'yes'
          : 'no'
        : (names.get(`${name}:${field.value}`) ?? String(field.value))
    return [
      {
        name,
        label,
        value: shown,
        confidence: field.confidence,
        state: field.state,
        applicable: name in APPLICABLE,
      },
    ]
  })
  return {
    engine: suggestion.engine,
    modelVersion: suggestion.model_version,
    state: suggestion.state,
    rows,
  }
}

const APPLICABLE = { group_id: true, category_id: true, subcategory_id: true, priority: true }
