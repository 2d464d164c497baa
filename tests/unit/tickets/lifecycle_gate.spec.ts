import { test } from '@japa/runner'
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

const ROOT = process.cwd()
const GATE = 'app/services/tickets/ticket_lifecycle.ts'
const GUARDED = new Set(['status', 'resolvedAt', 'closedAt', 'resolved_at', 'closed_at'])
const WRITES = new Set(['merge', 'fill', 'update', 'insert', 'create', 'createMany'])

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

const nameOf = (node: ts.Node | undefined) =>
  node && (ts.isIdentifier(node) || ts.isStringLiteralLike(node)) ? node.text : undefined

/** Whether a property symbol is (or maps) a column of the tickets table. */
function isTicketColumn(symbol: ts.Symbol | undefined) {
  return (symbol?.declarations ?? []).some((declaration) => {
    const owner = declaration.parent
    return ts.isClassDeclaration(owner) && /^Ticket(Schema)?$/.test(owner.name?.text ?? '')
  })
}

/**
 * A query chain on the tickets table: `Ticket.query()…`, `Ticket.create`,
 * `db.from('tickets')…`, `trx.table('tickets')…`, `…into('tickets')`.
 */
function isTicketsQuery(node: ts.Expression): boolean {
  let current: ts.Node = node
  for (;;) {
    if (ts.isCallExpression(current)) {
      const callee = current.expression
      const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined
      if (
        method &&
        ['from', 'table', 'into'].includes(method) &&
        current.arguments.some((argument) => nameOf(argument) === 'tickets')
      ) {
        return true
      }
      current = callee
    } else if (ts.isPropertyAccessExpression(current) || ts.isNonNullExpression(current)) {
      current = current.expression
    } else if (ts.isAwaitExpression(current) || ts.isParenthesizedExpression(current)) {
      current = current.expression
    } else {
      return ts.isIdentifier(current) && current.text === 'Ticket'
    }
  }
}

/**
 * Every place in app/ that writes a ticket's status or its resolved/closed
 * times outside the lifecycle gate: assignments to those properties of a
 * ticket, and the same keys in values written to a ticket or the tickets
 * table (merge, fill, update, insert, create). Creating a ticket "open" is
 * where the lifecycle starts, not a transition.
 */
function bypasses() {
  const files = sources(join(ROOT, 'app')).filter((file) => !file.endsWith(GATE))
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT)
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true })
  const checker = program.getTypeChecker()
  const found: string[] = []

  for (const file of files) {
    const source = program.getSourceFile(file)!
    const report = (node: ts.Node, what: string) => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart())
      found.push(`${relative(ROOT, file)}:${line + 1} ${what}`)
    }
    const visit = (node: ts.Node) => {
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        node.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
        (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left))
      ) {
        const key = ts.isPropertyAccessExpression(node.left)
          ? node.left.name
          : node.left.argumentExpression
        const name = nameOf(key)
        if (name && GUARDED.has(name) && isTicketColumn(checker.getSymbolAtLocation(key))) {
          report(node, node.getText(source))
        }
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text
        const receiver = node.expression.expression
        if (WRITES.has(method)) {
          const onTicket =
            isTicketsQuery(receiver) ||
            isTicketColumn(checker.getTypeAtLocation(receiver).getProperty('status'))
          const creating = ['create', 'createMany', 'insert'].includes(method)
          const [first, second] = node.arguments
          if (onTicket && first && nameOf(first) && GUARDED.has(nameOf(first)!) && second) {
            report(node, `${method}('${nameOf(first)}', …)`)
          }
          const literals = onTicket
            ? node.arguments.flatMap((argument) =>
                ts.isArrayLiteralExpression(argument) ? [...argument.elements] : [argument]
              )
            : []
          for (const literal of literals.filter(ts.isObjectLiteralExpression)) {
            for (const property of literal.properties) {
              const name = nameOf(property.name)
              if (!name || !GUARDED.has(name)) continue
              const startsOpen =
                creating &&
                name === 'status' &&
                ts.isPropertyAssignment(property) &&
                nameOf(property.initializer) === 'open'
              if (!startsOpen) {
                report(property, `${method}({ ${property.getText(source)} })`)
              }
            }
          }
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

test.group('Ticket lifecycle: one gate', () => {
  test('no code outside ticket_lifecycle.ts writes a ticket status or its resolved/closed times', ({
    assert,
  }) => {
    assert.deepEqual(
      bypasses(),
      [],
      'status changes go through transition() in ticket_lifecycle.ts'
    )
  }).timeout(60_000)
})
