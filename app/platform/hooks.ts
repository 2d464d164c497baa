import {
  FILTER_BUDGETS,
  PANEL_BUDGET,
  PROVIDER_BUDGETS,
  type FilterHooks,
  type FilterName,
  type PanelData,
  type PanelView,
  type ProviderHooks,
  type ProviderName,
  type SlotName,
  type SlotProps,
} from '#platform/catalogue'
import PluginCatalog from '#platform/plugin_catalog'
import Installations from '#platform/installations'
import { pluginLogger, runGuarded } from '#platform/hook_executor'
import { pluginContext } from '#platform/plugin_context'
import type { LoadedPlugin } from '#platform/plugin_catalog'

export type { PanelView } from '#platform/catalogue'

/** The context of one in-request handler call. */
export function contextFor(
  plugin: LoadedPlugin,
  organizationId: number,
  settings: unknown,
  hook: string,
  signal: AbortSignal
) {
  return pluginContext(
    { pluginId: plugin.id, pluginName: plugin.manifest?.name ?? plugin.id, organizationId, signal },
    settings,
    pluginLogger(plugin, hook, organizationId)
  )
}

/**
 * The core's side of the in-request hooks: filters, providers and UI
 * panels, each consulted only for plugins the organization enabled and
 * each plugin run through the guarded executor. Events go through the
 * Outbox instead (they must survive crashes).
 */
export default class Hooks {
  /** Passes `value` through every enabled plugin's filter, in order; failures leave it as it was. */
  static async filter<K extends FilterName>(
    organizationId: number,
    name: K,
    value: FilterHooks[K]['value'],
    context: FilterHooks[K]['context']
  ): Promise<FilterHooks[K]['value']> {
    const active = await Installations.active(organizationId)
    let current = value
    for (const { plugin, handler } of PluginCatalog.filters(name)) {
      const installed = active.get(plugin.id)
      if (!installed) continue
      const outcome = await runGuarded(
        plugin,
        name,
        FILTER_BUDGETS[name],
        organizationId,
        (signal) =>
          handler(
            current,
            Object.assign(
              contextFor(plugin, organizationId, installed.settings, name, signal),
              context
            )
          )
      )
      if (outcome.ok && outcome.value !== undefined && outcome.value !== null) {
        current = outcome.value
      }
    }
    return current
  }

  /**
   * Asks enabled providers in order; the first non-null answer wins. A
   * provider that threw or ran out of its budget counts as no answer;
   * `onFailure` hears of it (sign-in tells "the directory could not be
   * reached" from "wrong password" that way).
   */
  static async provide<K extends ProviderName>(
    organizationId: number,
    name: K,
    input: ProviderHooks[K]['input'],
    onFailure?: (pluginId: string, error: Error) => void
  ): Promise<{ pluginId: string; result: ProviderHooks[K]['result'] } | null> {
    const active = await Installations.active(organizationId)
    for (const { plugin, handler } of PluginCatalog.providers(name)) {
      const installed = active.get(plugin.id)
      if (!installed) continue
      const outcome = await runGuarded(
        plugin,
        name,
        PROVIDER_BUDGETS[name],
        organizationId,
        (signal) =>
          handler(input, contextFor(plugin, organizationId, installed.settings, name, signal))
      )
      if (!outcome.ok) {
        onFailure?.(plugin.id, outcome.error)
      } else if (outcome.value !== undefined && outcome.value !== null) {
        return { pluginId: plugin.id, result: outcome.value }
      }
    }
    return null
  }

  /** Whether any enabled plugin provides `name` (sign-in skips the work when none does). */
  static async hasProvider(organizationId: number, name: ProviderName) {
    const active = await Installations.active(organizationId)
    return PluginCatalog.providers(name).some(({ plugin }) => active.has(plugin.id))
  }

  /** The enabled plugins' panels for a slot, with their data (a failed loader renders without). */
  static async panels<K extends SlotName>(
    organizationId: number,
    slot: K,
    props: SlotProps[K]
  ): Promise<PanelView[]> {
    const active = await Installations.active(organizationId)
    const views: PanelView[] = []
    for (const { plugin, panel } of PluginCatalog.panels(slot)) {
      const installed = active.get(plugin.id)
      if (!installed) continue
      let data: PanelData | null = null
      if (panel.data) {
        const hook = `panel:${slot}`
        const outcome = await runGuarded(plugin, hook, PANEL_BUDGET, organizationId, (signal) =>
          panel.data!(props, contextFor(plugin, organizationId, installed.settings, hook, signal))
        )
        // A loader that answers null has nothing to show for these props (no
        // card at all); one that failed still gets its card, with data null.
        if (outcome.ok && outcome.value === null) continue
        data = outcome.ok ? outcome.value : null
      }
      views.push({ plugin: plugin.id, component: panel.component, label: panel.label, data })
    }
    return views
  }
}
