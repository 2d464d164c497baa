import { Worker, type Job } from 'bullmq'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { deliveries, imports, queueConnection, queuePrefix, QUEUES } from '#config/queue'
import DataImport, { type ImportPass } from '#models/data_import'
import { produce } from '#services/queue/queue_registry'
import ImportRunner from '#services/imports/import_runner'

type ImportJob = Job<{ importId: number; pass: ImportPass }>

/** The first key of the advisory locks that say "this import is being run". */
const LOCK_SPACE = 7_130_901

/**
 * Imports run in the worker, one at a time per worker process. A pass
 * holds a session-level advisory lock on its import for as long as it
 * runs, so a duplicate job (re-queued by the sweep, or after a stall) does
 * nothing while the first one works, and a worker that dies releases the
 * lock with its connection: the stalled job is retried and resumes, the
 * rows already imported being skipped.
 */
export default class ImportJobs {
  static async queue(record: DataImport) {
    try {
      await produce(QUEUES.imports, (queue) =>
        queue.add(
          'run',
          { importId: record.id, pass: record.pass ?? 'dry' },
          { jobId: `import-${record.id}-${Date.now()}`, removeOnComplete: 100, removeOnFail: 100 }
        )
      )
    } catch (error) {
      // It stays queued in its table: the worker's sweep queues it once Redis answers.
      logger.warn({ err: error, importId: record.id }, 'import not queued yet; the sweep will')
    }
  }

  static startWorker() {
    const worker = new Worker(
      QUEUES.imports,
      (job: ImportJob) => this.runExclusive(job.data.importId),
      {
        connection: queueConnection,
        prefix: queuePrefix,
        concurrency: 1,
        // As for deliveries: a worker that died is noticed this long after its last lock renewal.
        lockDuration: deliveries.stalledMs,
        stalledInterval: deliveries.stalledMs,
        maxStalledCount: 3,
      }
    )
    worker.on('error', (error) => logger.error({ err: error }, 'import worker error'))
    return worker
  }

  /** Runs the import's queued (or interrupted) pass unless another worker is running it. */
  static async runExclusive(importId: number) {
    const knex = db.connection().getWriteClient()
    const connection = await knex.client.acquireConnection()
    try {
      const locked = await connection.query('SELECT pg_try_advisory_lock($1, $2) AS ok', [
        LOCK_SPACE,
        importId,
      ])
      if (!locked.rows[0].ok) return 'busy'
      try {
        const record = await DataImport.find(importId)
        if (!record || !['queued', 'running', 'checking'].includes(record.status))
          return 'nothing to do'
        await ImportRunner.run(record.id, record.pass ?? 'dry')
        return 'done'
      } finally {
        await connection.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_SPACE, importId])
      }
    } finally {
      await knex.client.releaseConnection(connection)
    }
  }

  /** Queues again the imports whose job never reached Redis. */
  static async sweep() {
    const stuck = await DataImport.query()
      .where('status', 'queued')
      .where('updated_at', '<', new Date(Date.now() - imports.requeueAfterMs))
      .limit(20)
    for (const record of stuck) {
      // The next sweep waits its turn again: a job added now should be taken long before.
      await db.from('imports').where('id', record.id).update({ updated_at: new Date() })
      await this.queue(record)
    }
    return stuck.length
  }

  static startSweeper() {
    const timer = setInterval(() => {
      this.sweep().catch((error) => logger.warn({ err: error }, 'import sweep failed'))
    }, imports.sweepEveryMs)
    return () => clearInterval(timer)
  }
}
