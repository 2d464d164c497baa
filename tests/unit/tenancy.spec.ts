import { test } from '@japa/runner'
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import ts from 'typescript'

const ROOT = process.cwd()

/**
 * Queries of organization-owned models that may legitimately cross
 * organizations, each with its reason. Anything else in app/services and
 * app/controllers goes through `forOrganization` or a choke point.
 */
const CROSS_ORGANIZATION: { file: string; model: string; why: string }[] = [
  {
    file: 'app/services/sign_in_service.ts',
    model: 'User',
    why: 'e-mail is unique across organizations; sign-in finds the account before it knows the organization',
  },
  {
    file: 'app/services/password_reset_service.ts',
    model: 'User',
    why: 'a reset is requested by e-mail and redeemed by a token, before any organization is known',
  },
  {
    file: 'app/services/api_token_service.ts',
    model: 'User',
    why: 'a refresh token names its user; the organization follows from that user',
  },
  {
    file: 'app/services/setup_service.ts',
    model: 'User',
    why: 'first-run set-up asks whether any administrator exists at all',
  },
  {
    file: 'app/services/plugin_host/users_host.ts',
    model: 'User',
    why: 'a plugin may not give a user an e-mail another organization uses: e-mail is unique across organizations (users_email_unique)',
  },
  {
    file: 'app/services/mail_channel/mail_senders.ts',
    model: 'User',
    why: "an address is one account across Switchboard (users_email_unique): the sender is looked up before it is known whose it is, and another organization's is refused",
  },
  {
    file: 'app/services/mail_channel/mail_channel_worker.ts',
    model: 'Mailbox',
    why: "the worker fetches every organization's active mailboxes",
  },
  {
    file: 'app/services/user_provisioning.ts',
    model: 'User',
    why: 'e-mail addresses are unique across organizations (users_email_unique)',
  },
  {
    file: 'app/services/imports/import_jobs.ts',
    model: 'DataImport',
    why: "the worker's sweep re-queues every organization's imports whose job never reached Redis",
  },
  {
    file: 'app/services/plugin_commands.ts',
    model: 'PluginInstallation',
    why: 'plugin:list is an operator command over every organization',
  },
]

/**
 * Functions that are themselves the organization boundary for a model,
 * and calls that put a query through one.
 */
const CHOKE_POINTS = [{ file: 'app/services/tickets/ticket_query.ts', function: 'visibleTo' }]
const THROUGH_CHOKE_POINT = new Set(['visibleTo'])

/** Static finders that search by an arbitrary column (always need a scope). */
const SEARCHES = new Set([
  'query',
  'all',
  'findBy',
  'findByOrFail',
  'findManyBy',
  'first',
  'firstOrFail',
  'firstOrNew',
  'firstOrCreate',
  'updateOrCreate',
  'updateOrCreateMany',
  'fetchOrNewUpMany',
  'fetchOrCreateMany',
])
/**
 * Finders by primary key: in services the id comes from a row already in
 * the organization (and composite foreign keys keep such ids inside it);
 * in controllers it comes from the request, so it needs the scope.
 */
const BY_KEY = new Set(['find', 'findOrFail', 'findMany'])

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** app/models files whose model is organization-owned (uses the OrganizationOwned mixin). */
function tenantModels() {
  return new Map(
    sources(join(ROOT, 'app/models'))
      .filter((file) =>
        /extends compose\(\w+, OrganizationOwned\)/.test(readFileSync(file, 'utf8'))
      )
      .map((file) => [`#models/${basename(file, '.ts')}`, basename(file, '.ts')])
  )
}

/** Names of the enclosing functions and methods of a node, innermost first. */
function enclosingFunctions(node: ts.Node) {
  const names: string[] = []
  for (let current = node.parent; current; current = current.parent) {
    if (
      (ts.isMethodDeclaration(current) ||
        ts.isFunctionDeclaration(current) ||
        ts.isPropertyAssignment(current)) &&
      current.name &&
      ts.isIdentifier(current.name)
    ) {
      names.push(current.name.text)
    }
  }
  return names
}

type Finding = { file: string; line: number; model: string; text: string }

function unscopedQueries() {
  const models = tenantModels()
  const files = [...sources(join(ROOT, 'app/services')), ...sources(join(ROOT, 'app/controllers'))]
  const found: Finding[] = []
  for (const path of files) {
    const file = relative(ROOT, path)
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true
    )
    const locals = new Map<string, string>()
    for (const statement of source.statements) {
      if (
        ts.isImportDeclaration(statement) &&
        ts.isStringLiteral(statement.moduleSpecifier) &&
        models.has(statement.moduleSpecifier.text) &&
        statement.importClause?.name &&
        !statement.importClause.isTypeOnly
      ) {
        locals.set(statement.importClause.name.text, statement.moduleSpecifier.text)
      }
    }
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ts.isIdentifier(node.expression.expression) &&
        locals.has(node.expression.expression.text)
      ) {
        const model = node.expression.expression.text
        const method = node.expression.name.text
        const inController = file.startsWith('app/controllers/')
        if (SEARCHES.has(method) || (inController && BY_KEY.has(method))) {
          if (!isScoped(node, file)) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart())
            found.push({ file, line: line + 1, model, text: node.getText(source).split('\n')[0] })
          }
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

/**
 * Whether the query that starts at `call` is scoped: a later call in the
 * same chain applies `forOrganization`, the chain is handed to a choke
 * point, or it is written inside one.
 */
function isScoped(call: ts.CallExpression, file: string) {
  let chain: ts.Expression = call
  for (;;) {
    const access = chain.parent
    if (!ts.isPropertyAccessExpression(access) || access.expression !== chain) break
    const next = access.parent
    if (!ts.isCallExpression(next) || next.expression !== access) break
    if (
      ['withScopes', 'apply'].includes(access.name.text) &&
      next.arguments.some((argument) => /\bforOrganization\(/.test(argument.getText()))
    ) {
      return true
    }
    chain = next
  }
  const outer = chain.parent
  if (
    ts.isCallExpression(outer) &&
    outer.arguments.includes(chain) &&
    ts.isPropertyAccessExpression(outer.expression) &&
    THROUGH_CHOKE_POINT.has(outer.expression.name.text)
  ) {
    return true
  }
  const functions = enclosingFunctions(call)
  if (CHOKE_POINTS.some((point) => point.file === file && functions.includes(point.function))) {
    return true
  }
  return CROSS_ORGANIZATION.some(
    (entry) => entry.file === file && entry.model === call.getText().split('.')[0]
  )
}

test.group('Tenancy in one place', () => {
  test('every model with an organization_id column is OrganizationOwned', ({ assert }) => {
    const schema = readFileSync(join(ROOT, 'database/schema.ts'), 'utf8')
    const owned = [
      ...schema.matchAll(/export class (\w+)Schema[^]*?static \$columns = \[([^\]]*)\]/g),
    ]
      .filter(([, , columns]) => columns.includes("'organizationId'"))
      .map(([, name]) => name)
    const models = new Map(
      sources(join(ROOT, 'app/models')).map((file) => [
        readFileSync(file, 'utf8').match(/extends (?:compose\()?(\w+)Schema/)?.[1],
        file,
      ])
    )
    const tenants = new Set(tenantModels().values())
    const missing = owned.filter((name) => {
      const file = models.get(name)
      return file && !tenants.has(basename(file, '.ts'))
    })
    assert.deepEqual(missing, [], 'these models need `compose(…Schema, OrganizationOwned)`')
    assert.isAbove(tenants.size, 10)
  })

  test('services and controllers query organization-owned models through forOrganization', ({
    assert,
  }) => {
    assert.deepEqual(
      unscopedQueries().map(({ file, line, text }) => `${file}:${line} ${text}`),
      [],
      'scope it: .withScopes((scopes) => scopes.forOrganization(organizationId)), or go through TicketQuery.visibleTo'
    )
  })

  test('every cross-organization exception is still needed', ({ assert }) => {
    const stale = CROSS_ORGANIZATION.filter((entry) => {
      const text = readFileSync(join(ROOT, entry.file), 'utf8')
      return !new RegExp(`\\b${entry.model}\\.(query|find\\w*|first\\w*|all)\\(`).test(text)
    })
    assert.deepEqual(stale, [])
  })
})
