/**
 * Counts the SQL statements a piece of work sends, through the knex
 * client's 'query' event. Knex re-emits a transaction's queries on its
 * parent client, so statements inside transactions (and BEGIN, COMMIT,
 * SAVEPOINT themselves) count too; bench/sla_bench.ts checks that at start.
 */
import type { Database } from '@adonisjs/lucid/database'

const CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i

/** What `measure` answers: the work's result, its wall-clock time and the statements it sent. */
export type Measured<T> = { result: T; ms: number; sql: string[]; control: number }

export function statementCounter(db: Database) {
  const connection = db.connection()
  const clients = new Set([connection.getWriteClient(), connection.getReadClient()])
  let current: string[] | null = null
  for (const client of clients) {
    client.on('query', (query: { sql: string }) => current?.push(query.sql))
  }
  return {
    async measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
      const sql: string[] = []
      current = sql
      const started = performance.now()
      try {
        const result = await work()
        const ms = performance.now() - started
        return { result, ms, sql, control: sql.filter((text) => CONTROL.test(text)).length }
      } finally {
        current = null
      }
    },
  }
}

/** "SELECT tickets", "INSERT outbox_events"…: what a list of statements did, most frequent first. */
export function shapes(sql: string[]) {
  const counts = new Map<string, number>()
  for (const text of sql) {
    const control = text.match(CONTROL)
    const write = text.match(/^\s*(insert into|update|delete from)\s+"?(\w+)"?/i)
    const read = text.match(/^\s*(select|with)\b[\s\S]*?\bfrom\s+"?(\w+)"?/i)
    const shape = control
      ? 'BEGIN / COMMIT / SAVEPOINT'
      : write
        ? `${write[1].split(' ')[0].toUpperCase()} ${write[2]}`
        : read
          ? `SELECT ${read[2]}`
          : text.slice(0, 40)
    counts.set(shape, (counts.get(shape) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])
}
