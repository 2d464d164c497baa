import { defineAsyncComponent } from 'vue'
import components from 'virtual:switchboard/plugin-ui'

/**
 * A plugin's component by its path inside `ui/` (without .vue), e.g.
 * `FixtureBadge` or `pages/GreetingsPage`; null when the bundle has none
 * (a plugin added after the build).
 */
export function pluginComponent(plugin: string, path: string) {
  const suffix = `/${plugin}/ui/${path}.vue`
  if (!made.has(suffix)) {
    const loader = Object.entries(components).find(([file]) => file.endsWith(suffix))?.[1]
    made.set(suffix, loader ? defineAsyncComponent(loader) : null)
  }
  return made.get(suffix)!
}

/** One component per file: a page that reloads its props keeps its panels mounted. */
const made = new Map<string, ReturnType<typeof defineAsyncComponent> | null>()
