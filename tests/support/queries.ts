import db from '@adonisjs/lucid/services/db'
import emitter from '@adonisjs/core/services/emitter'

/**
 * Counts the SQL statements `work` sends, through Lucid's `db:query`
 * events. Inside `isolate(group)` every query runs on the global test
 * transaction, so turning on its debug flag reports them all (nested
 * transactions inherit it when they start).
 */
export async function countQueries<T>(work: () => Promise<T>) {
  const trx = db.connectionGlobalTransactions.get(db.primaryConnectionName)
  if (!trx) {
    throw new Error('countQueries needs the global transaction that isolate(group) begins')
  }
  const sql: string[] = []
  const listener = (query: { sql: string }) => {
    sql.push(query.sql)
  }
  const debugBefore = trx.debug
  trx.debug = true
  emitter.on('db:query', listener)
  try {
    const result = await work()
    return { result, count: sql.length, sql }
  } finally {
    emitter.off('db:query', listener)
    trx.debug = debugBefore
  }
}
