import {
  PANEL_BUDGET,
  type Badge,
  type BadgeSlotName,
  type BadgeSlots,
  type BadgeTone,
  type SortSlotName,
  type Suggestion,
  type SuggestionSlotName,
  type SuggestionSlots,
} from '#platform/catalogue'
import PluginCatalog, { type LoadedPlugin } from '#platform/plugin_catalog'
import Installations from '#platform/installations'
import { runGuarded } from '#platform/hook_executor'
import { contextFor } from '#platform/hooks'
import { pluginSortValue, type SortRegistration } from '#platform/plugin_sorts'

const TONES: readonly BadgeTone[] = ['neutral', 'info', 'success', 'warning', 'danger']
const MAX_BADGES = 3
const MAX_SUGGESTIONS = 5

/** A badge as the page receives it, with the plugin that answered it. */
export type BadgeView = Badge & { plugin: string }
export type SuggestionView = Suggestion & { plugin: string }
/** A sort an organization may pick: `value` is what the list's `sort` filter carries. */
export type SortView = SortRegistration & { plugin: string; value: string }

function text(value: unknown, max: number) {
  return typeof value === 'string' ? value.trim().slice(0, max) : ''
}

/** Keeps what a plugin answered only where it has the declared shape, within sane sizes. */
function badgesFrom(answer: unknown, plugin: LoadedPlugin, ids: Set<number>) {
  const cells = new Map<number, BadgeView[]>()
  if (!answer || typeof answer !== 'object') return cells
  for (const [key, list] of Object.entries(answer)) {
    const id = Number(key)
    if (!ids.has(id) || !Array.isArray(list)) continue
    const badges = list.slice(0, MAX_BADGES).flatMap((badge): BadgeView[] => {
      const label = text(badge?.text, 40)
      if (!label) return []
      const title = text(badge?.title, 200)
      return [
        {
          plugin: plugin.id,
          text: label,
          tone: TONES.includes(badge?.tone) ? badge.tone : 'neutral',
          ...(title ? { title } : {}),
        },
      ]
    })
    if (badges.length) cells.set(id, badges)
  }
  return cells
}

function suggestionsFrom(answer: unknown, plugin: LoadedPlugin): SuggestionView[] {
  if (!Array.isArray(answer)) return []
  return answer.slice(0, MAX_SUGGESTIONS).flatMap((entry) => {
    const label = text(entry?.label, 80)
    const body = text(entry?.text, 20_000)
    return label && body ? [{ plugin: plugin.id, label, text: body }] : []
  })
}

/**
 * The data slots: places the core draws itself from what enabled
 * plugins' loaders answer (badges in a list, text to insert), and the
 * sorts they declared for a list. Each loader runs guarded within the
 * panel budget; a failure leaves that plugin's part out. A loader is
 * called once per page, never once per row.
 */
export default class SlotData {
  /** Badges per ticket id of the page, every enabled plugin's in discovery order. */
  static async badges<K extends BadgeSlotName>(
    organizationId: number,
    slot: K,
    props: BadgeSlots[K]['props']
  ): Promise<Record<number, BadgeView[]>> {
    const loaders = PluginCatalog.badges(slot)
    if (!loaders.length || !props.tickets.length) return {}
    const active = await Installations.active(organizationId)
    const ids = new Set(props.tickets.map((ticket) => ticket.id))
    const cells: Record<number, BadgeView[]> = {}
    for (const { plugin, loader } of loaders) {
      const installed = active.get(plugin.id)
      if (!installed) continue
      const hook = `badges:${slot}`
      const outcome = await runGuarded(plugin, hook, PANEL_BUDGET, organizationId, (signal) =>
        loader(props, contextFor(plugin, organizationId, installed.settings, hook, signal))
      )
      if (!outcome.ok) continue
      for (const [id, badges] of badgesFrom(outcome.value, plugin, ids)) {
        cells[id] = [...(cells[id] ?? []), ...badges]
      }
    }
    return cells
  }

  /**
   * The sorts of the list offered to the organization: those of the
   * plugins it enabled, in discovery order. No loader runs, so no budget.
   */
  static async sorts(organizationId: number, slot: SortSlotName): Promise<SortView[]> {
    const sorts = PluginCatalog.sorts(slot)
    if (!sorts.length) return []
    const active = await Installations.active(organizationId)
    return sorts
      .filter(({ plugin }) => active.has(plugin.id))
      .map(({ plugin, sort }) => ({
        ...sort,
        plugin: plugin.id,
        value: pluginSortValue(plugin.id, sort.name),
      }))
  }

  static async suggestions<K extends SuggestionSlotName>(
    organizationId: number,
    slot: K,
    props: SuggestionSlots[K]['props']
  ): Promise<SuggestionView[]> {
    const loaders = PluginCatalog.suggestions(slot)
    if (!loaders.length) return []
    const active = await Installations.active(organizationId)
    const views: SuggestionView[] = []
    for (const { plugin, loader } of loaders) {
      const installed = active.get(plugin.id)
      if (!installed) continue
      const hook = `suggestions:${slot}`
      const outcome = await runGuarded(plugin, hook, PANEL_BUDGET, organizationId, (signal) =>
        loader(props, contextFor(plugin, organizationId, installed.settings, hook, signal))
      )
      if (outcome.ok) views.push(...suggestionsFrom(outcome.value, plugin))
    }
    return views
  }
}
