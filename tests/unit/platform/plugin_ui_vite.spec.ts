import { test } from '@japa/runner'
import { pluginUi } from '#platform/plugin_ui_vite'

/** What `virtual:switchboard/plugin-ui` holds when Vite runs under this NODE_ENV. */
function virtualModule(nodeEnv: string) {
  const previous = process.env.NODE_ENV
  process.env.NODE_ENV = nodeEnv
  try {
    const plugin = pluginUi() as unknown as {
      resolveId(id: string): string | null
      load(id: string): string | null
    }
    const resolved = plugin.resolveId('virtual:switchboard/plugin-ui')
    return resolved ? plugin.load(resolved) : null
  } finally {
    process.env.NODE_ENV = previous
  }
}

test.group('virtual:switchboard/plugin-ui', () => {
  test("a production build bundles only plugins/, never the test suite's fixtures", ({
    assert,
  }) => {
    const production = virtualModule('production')!
    assert.include(production, "import.meta.glob('/plugins/*/ui/**/*.vue')")
    assert.notInclude(production, 'tests/fixtures')
    const development = virtualModule('development')!
    assert.notInclude(development, 'tests/fixtures')
  })

  test('the test suite adds the fixture plugins', ({ assert }) => {
    assert.include(
      virtualModule('test')!,
      "import.meta.glob('/tests/fixtures/plugins/*/ui/**/*.vue')"
    )
  })
})
