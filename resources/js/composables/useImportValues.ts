import { computed, ref, type ComputedRef, type Ref } from 'vue'
import type { Data } from '@generated/data'
import { normalizeValue } from '~/composables/useImportLabels'

export const VALUE_FIELDS = ['priority', 'status'] as const
export type ValueField = (typeof VALUE_FIELDS)[number]
export type ValueTables = Record<ValueField, Record<string, string>>

/** One raw text of the file, as the values table shows it. */
export type ValueRow = {
  raw: string
  key: string
  /** How often the dry run saw it; null when it is only known from the preview. */
  count: number | null
  /** What the built-in table makes of it; '' when it knows no such value. */
  fallback: string
}

export type UseImportValuesReturn = {
  rows: ComputedRef<Record<ValueField, ValueRow[]>>
  choices: Ref<Record<string, string>>
  choiceOf: (field: ValueField, row: ValueRow) => string
  choose: (field: ValueField, row: ValueRow, value: string) => void
  payload: () => ValueTables
}

/**
 * The values table of a ticket import: every priority and status text of
 * the file (the dry run's count, plus the preview's cells of the column
 * mapped now, so it follows the mapping), each preselected from the
 * admin's table, else the built-in one, else empty: a row with that text
 * is refused. Texts are compared as the server compares them.
 */
export function useImportValues(
  record: Data.DataImport.Variants['forDetail'],
  mapping: Ref<Record<string, string>>,
  defaults: ValueTables
): UseImportValuesReturn {
  const saved = (field: ValueField) =>
    new Map(
      Object.entries(record.valueMaps?.[field] ?? {}).map(([raw, value]) => [
        normalizeValue(raw),
        { raw, value: value as string },
      ])
    )
  const admin = { priority: saved('priority'), status: saved('status') }
  const choices = ref<Record<string, string>>({})

  function rowsOf(field: ValueField): ValueRow[] {
    const found = new Map<string, ValueRow>()
    const add = (raw: string, count: number | null) => {
      if (!raw.trim()) return
      const key = normalizeValue(raw)
      const known = found.get(key)
      if (known) {
        if (count !== null) known.count = (known.count ?? 0) + count
        return
      }
      found.set(key, { raw, key, count, fallback: defaults[field][key] ?? '' })
    }
    for (const [raw, count] of Object.entries(record.report?.values?.[field] ?? {})) {
      add(raw, Number(count))
    }
    for (const [index, mapped] of Object.entries(mapping.value)) {
      if (mapped !== field) continue
      for (const row of record.preview) add(String(row[Number(index)] ?? '').trim(), null)
    }
    // Most frequent first; the report's order is lost in its JSON column anyway.
    return [...found.values()].sort(
      (a, b) => (b.count ?? -1) - (a.count ?? -1) || a.raw.localeCompare(b.raw)
    )
  }

  const rows = computed(() => ({ priority: rowsOf('priority'), status: rowsOf('status') }))

  const choiceOf = (field: ValueField, row: ValueRow) =>
    choices.value[`${field}:${row.key}`] ?? admin[field].get(row.key)?.value ?? row.fallback

  function choose(field: ValueField, row: ValueRow, value: string) {
    choices.value = { ...choices.value, [`${field}:${row.key}`]: value }
  }

  /**
   * The admin's table to save: what they chose before, with what the
   * table shows now on top. A choice equal to the built-in one is left to
   * it; the server only accepts product values, so "refused" is no entry.
   */
  function payload(): ValueTables {
    const tables: ValueTables = { priority: {}, status: {} }
    for (const field of VALUE_FIELDS) {
      const entries = new Map(admin[field])
      for (const row of rows.value[field]) {
        const choice = choiceOf(field, row)
        if (choice && choice !== row.fallback) entries.set(row.key, { raw: row.raw, value: choice })
        else entries.delete(row.key)
      }
      tables[field] = Object.fromEntries(
        [...entries.values()].map(({ raw, value }) => [raw, value])
      )
    }
    return tables
  }

  return { rows, choices, choiceOf, choose, payload }
}
