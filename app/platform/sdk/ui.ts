/**
 * Types for a plugin's Vue components (`plugins/<id>/ui/**`): the one
 * module they import from the core besides vue, @inertiajs/vue3 and
 * @adonisjs/inertia/vue. Types only, so nothing of the server reaches the
 * browser bundle.
 *
 * ```vue
 * <script setup lang="ts">
 * import type { PluginPageProps } from '#platform/sdk/ui'
 * const props = defineProps<PluginPageProps<{ greeting: string }>>()
 * </script>
 * ```
 */
import type { JsonValue, PanelData } from '#platform/catalogue'

export type { JsonValue, PanelData }

/**
 * The plugin's named routes, by the name it registered them under, as URL
 * patterns: `urls['greetings.save']` is `/plugins/<id>/greetings`, and
 * `urls['api.timers.index']` is `/api/v1/plugins/<id>/timers`. The same
 * routes work by their full name with `<Link route>`, `<Form route>` and
 * `urlFor` (`plugins.<id>.greetings.save`).
 */
export type PluginUrls = Record<string, string>

/** The props of a page registered with `hooks.page(...)`. */
export type PluginPageProps<Data extends PanelData | null = PanelData | null> = {
  /** What the page's `load` returned (null without a loader). */
  data: Data
  urls: PluginUrls
}
