import { test } from '@japa/runner'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SDK_VERSION, definePlugin } from '#platform/sdk'
import { validateManifest } from '#platform/manifest'

const plugin = (core: string) =>
  definePlugin({
    id: 'version-check',
    name: 'Version check',
    version: '1.0.0',
    description: 'Checks requires.core',
    requires: { core },
    register() {},
  })

test.group('SDK_VERSION', () => {
  test("is Switchboard's own version, the one requires.core is checked against", async ({
    assert,
  }) => {
    const { version } = JSON.parse(await readFile(join(process.cwd(), 'package.json'), 'utf8'))
    assert.equal(SDK_VERSION, version)
    await validateManifest(plugin(`^${SDK_VERSION}`), 'version-check', SDK_VERSION)
    await assert.rejects(
      () => validateManifest(plugin('^99.0.0'), 'version-check', SDK_VERSION),
      `requires Switchboard ^99.0.0, this is ${SDK_VERSION}`
    )
  })
})
