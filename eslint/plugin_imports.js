import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'

/**
 * The one import surface of plugins, enforced: a file under `plugins/<id>/`
 * (or a fixture plugin under `tests/fixtures/plugins/<id>/`) may import
 * the SDK, npm packages and its own plugin's files, never the core's
 * internals (`#models/*`, `#services/*`, the framework's service
 * singletons) nor another folder. `no-restricted-imports` cannot know
 * which folder is "the plugin's own", hence this small rule.
 */

/** The SDK's entry points: the only `#…` aliases a plugin may import. */
export const SDK_MODULES = ['#platform/sdk', '#platform/sdk/testing', '#platform/sdk/ui']

const USE_INSTEAD = {
  '#models/':
    'plugins receive snapshots and types from #platform/sdk, and read or change records through the host API on the context (context.tickets, context.users, context.taxonomy)',
  '#services/':
    'core services are reached through the host API on the context (context.tickets, context.users, context.mail, context.store, context.db, context.http, context.events)',
  '#controllers/':
    'a plugin declares its own pages, form actions and API routes with hooks.page, hooks.action and hooks.api',
  '#validators/': 'validate with VineJS (@vinejs/vine) in the plugin itself',
}

const SINGLETON = /^@adonisjs\/[^/]+\/services\//

/** `<root>/plugins/<id>` or `<root>/tests/fixtures/plugins/<id>` of a file, or null outside plugins. */
export function pluginFolderOf(filename) {
  const parts = resolve(filename).split(sep)
  for (let index = parts.length - 2; index >= 1; index--) {
    if (parts[index] === 'plugins' && index + 2 < parts.length) {
      return parts.slice(0, index + 2).join(sep)
    }
  }
  return null
}

/** Why `source`, imported from `filename`, is refused; null when it is fine. */
export function refusal(source, filename) {
  if (source.startsWith('#')) {
    if (SDK_MODULES.includes(source)) {
      return null
    }
    const prefix = Object.keys(USE_INSTEAD).find((candidate) => source.startsWith(candidate))
    const instead = prefix
      ? USE_INSTEAD[prefix]
      : 'it is the core’s internals, which change without notice'
    return `"${source}" is not part of the plugin SDK: ${instead}. Plugins import only ${SDK_MODULES.join(', ')}, npm packages and their own files.`
  }
  if (SINGLETON.test(source)) {
    const db = source === '@adonisjs/lucid/services/db'
    return db
      ? `"${source}" is the core's whole database: use context.db for the plugin's own tables (scoped to the organization), context.once(step, (trx) => …) in event handlers, or the host API for core records.`
      : `"${source}" is one of the framework's service singletons, core internals: use the host API on the handler's context instead.`
  }
  if (source.startsWith('~/') || source.startsWith('@generated/')) {
    return `"${source}" is the core's front end: plugin components use Vue, Tailwind classes and ${SDK_MODULES[2]}.`
  }
  const folder = pluginFolderOf(filename)
  if (!folder) {
    return null
  }
  let target = null
  if (source.startsWith('.') || isAbsolute(source)) {
    target = resolve(dirname(filename), source)
  } else if (source.startsWith('file:')) {
    target = new URL(source).pathname
  } else if (source.startsWith('@plugins/') || source.startsWith('#plugins/')) {
    target = resolve(folder, '..', source.slice(source.indexOf('/') + 1))
  }
  if (target === null) {
    return null
  }
  const inside = relative(folder, target)
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    return null
  }
  const own = relative(resolve(folder, '..', '..'), folder)
  return `"${source}" leaves ${own}/: a plugin imports only its own files (anything shared with the core comes from #platform/sdk).`
}

/** The import's source when it is written literally (`'x'` or `` `x` `` without expressions). */
function literalSource(node) {
  if (!node) {
    return null
  }
  if (node.type === 'Literal' && typeof node.value === 'string') {
    return node.value
  }
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return node.quasis[0].value.cooked
  }
  return null
}

const pluginImports = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Plugins import only the plugin SDK, npm packages and their own files',
    },
    schema: [],
    messages: { refused: '{{ reason }}' },
  },
  create(context) {
    const filename = context.filename
    function check(node, sourceNode) {
      const source = literalSource(sourceNode)
      if (source === null) {
        return
      }
      const reason = refusal(source, filename)
      if (reason) {
        context.report({ node: sourceNode, messageId: 'refused', data: { reason } })
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
    }
  },
}

export default {
  meta: { name: 'switchboard' },
  rules: { 'plugin-imports': pluginImports },
}
