/**
 * Every plugin's Vue components (`<root>/<id>/ui/**\/*.vue`), lazily, keyed
 * by their path from the project root. Built by vite.config.ts from the
 * plugin roots of the mode (the test suite adds tests/fixtures/plugins).
 */
declare module 'virtual:switchboard/plugin-ui' {
  import type { Component } from 'vue'

  const components: Record<string, () => Promise<{ default: Component }>>
  export default components
}
