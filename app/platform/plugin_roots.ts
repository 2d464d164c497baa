/**
 * Folders holding plugins, relative to the project root: `plugins/`, and
 * in the test suite the fixture plugins too. Shared by discovery
 * (config/plugins.ts) and the bundler (vite.config.ts), so the browser
 * bundle holds exactly the UI of the plugins the server can load.
 */
export function pluginRootsFor(inTest: boolean) {
  return ['plugins', ...(inTest ? ['tests/fixtures/plugins'] : [])]
}
