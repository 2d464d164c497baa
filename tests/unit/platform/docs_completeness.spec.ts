import { test } from '@japa/runner'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ts from 'typescript'
import * as catalogue from '#platform/catalogue'
import { createHost } from '#services/plugin_host/create_host'

const ROOT = process.cwd()

/**
 * docs/plugins.md is the outside author's whole reference, so it must name
 * everything the SDK offers. The lists come from the code at run time
 * (the catalogue's value lists, the registrar type, the host object, the
 * SDK modules' exports): a new hook, host call or export fails this test
 * until it is documented, and the failure lists exactly what is missing.
 */

/** Every hook name in the catalogue's value lists: string arrays and per-name budget records. */
function catalogueNames() {
  const names = new Set<string>()
  for (const value of Object.values(catalogue) as unknown[]) {
    if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) {
      value.forEach((entry) => names.add(entry))
    } else if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.values(value).every((entry) => typeof entry === 'number')
    ) {
      Object.keys(value).forEach((entry) => names.add(entry))
    }
  }
  return [...names].sort()
}

/** The methods of the registrar `register(hooks)` receives, from its type. */
function registrarMethods() {
  const file = join(ROOT, 'app/platform/define_plugin.ts')
  const configFile = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT)
  const program = ts.createProgram([file], { ...parsed.options, noEmit: true })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(file)!
  const declaration = source.statements.find(
    (statement): statement is ts.TypeAliasDeclaration =>
      ts.isTypeAliasDeclaration(statement) && statement.name.text === 'HookRegistrar'
  )
  if (!declaration) {
    throw new Error('HookRegistrar is no longer a type alias in app/platform/define_plugin.ts')
  }
  return checker
    .getPropertiesOfType(checker.getTypeAtLocation(declaration.name))
    .map((property) => property.name)
    .sort()
}

/** Own and inherited method names of an object (a host area may be a class instance). */
function methodsOf(area: object) {
  const names = new Set<string>()
  for (
    let current: object | null = area;
    current && current !== Object.prototype;
    current = Object.getPrototypeOf(current)
  ) {
    for (const name of Object.getOwnPropertyNames(current)) {
      const descriptor = Object.getOwnPropertyDescriptor(current, name)
      if (name !== 'constructor' && typeof descriptor?.value === 'function') {
        names.add(name)
      }
    }
  }
  return [...names]
}

/** `context.<area>.<method>(` for every call of the host API as installed. */
function hostCalls() {
  const host = createHost({
    pluginId: 'docs-check',
    pluginName: 'Docs check',
    organizationId: 0,
    signal: new AbortController().signal,
  })
  return Object.entries(host)
    .flatMap(([area, value]) => methodsOf(value as object).map((method) => `${area}.${method}`))
    .sort()
}

test.group('docs/plugins.md is complete', (group) => {
  let docs = ''
  group.setup(async () => {
    docs = await readFile(join(ROOT, 'docs/plugins.md'), 'utf8')
  })

  test('names every hook of the catalogue', ({ assert }) => {
    const names = catalogueNames()
    assert.isAbove(names.length, 10)
    const missing = names.filter((name) => !docs.includes(`\`${name}\``))
    assert.deepEqual(missing, [], `hooks missing from docs/plugins.md: ${missing.join(', ')}`)
  })

  test('shows every registrar method as hooks.<method>(', ({ assert }) => {
    const methods = registrarMethods()
    assert.includeMembers(methods, ['on', 'filter', 'provide', 'schedule', 'panel'])
    const missing = methods.map((name) => `hooks.${name}(`).filter((call) => !docs.includes(call))
    assert.deepEqual(
      missing,
      [],
      `registrar calls missing from docs/plugins.md: ${missing.join(', ')}`
    )
  }).timeout(60_000)

  test('shows every host API call as context.<area>.<method>(', ({ assert }) => {
    const calls = hostCalls()
    assert.includeMembers(calls, ['tickets.get', 'store.set', 'http.fetch'])
    const missing = calls.map((call) => `context.${call}(`).filter((call) => !docs.includes(call))
    assert.deepEqual(
      missing,
      [],
      `host API calls missing from docs/plugins.md: ${missing.join(', ')}`
    )
  })

  test('names every value the SDK and its testing kit export', async ({ assert }) => {
    const sdk = Object.keys(await import('#platform/sdk'))
    const testing = Object.keys(await import('#platform/sdk/testing'))
    assert.include(sdk, 'definePlugin')
    const missing = [...sdk, ...testing]
      .sort()
      .filter((name) => !new RegExp(`\\b${name}\\b`).test(docs))
    assert.deepEqual(missing, [], `SDK exports missing from docs/plugins.md: ${missing.join(', ')}`)
  })
})
