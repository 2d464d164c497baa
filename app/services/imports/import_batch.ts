import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type User from '#models/user'
import type { ImportKind } from '#services/imports/import_fields'

/** What a writer did with a batch; the rows it refused carry their refusals. */
export type BatchOutcome = { created: number; skipped: number }

/**
 * What a pass knows while it writes batches: whose import it is, whether
 * it only counts (dry run), and the record of what was imported before,
 * which makes a re-run or a resumed run skip rows already in.
 */
export class ImportRunContext {
  /** Keys a dry run has counted so far: a row repeated in the file is skipped there too. */
  private counted = new Set<string>()

  constructor(
    readonly organizationId: number,
    readonly importId: number,
    readonly fileName: string,
    readonly kind: ImportKind,
    readonly actor: User,
    readonly dryRun: boolean,
    readonly defaultGroupId: number | null
  ) {}

  /**
   * The rows whose key no earlier import (or earlier batch) recorded, the
   * first of each key within the batch.
   */
  async notImportedYet<T extends { key: string }>(rows: T[]): Promise<T[]> {
    if (rows.length === 0) return []
    const keys = rows.map((row) => row.key)
    const found: { key: string }[] = await db
      .from('imported_records')
      .where('organization_id', this.organizationId)
      .where('kind', this.kind)
      .whereRaw('key = ANY(?)', [keys])
      .select('key')
    const done = new Set(found.map((row) => row.key))
    const fresh: T[] = []
    for (const row of rows) {
      if (done.has(row.key) || (this.dryRun && this.counted.has(row.key))) continue
      done.add(row.key)
      if (this.dryRun) this.counted.add(row.key)
      fresh.push(row)
    }
    return fresh
  }

  /**
   * Claims keys inside the batch's transaction. A key another run holds
   * (committed, or waiting to commit) is not returned: that run imports it.
   */
  async claim(trx: TransactionClientContract, keys: string[]) {
    const result = await trx.rawQuery(
      `INSERT INTO imported_records (organization_id, kind, key, record_id, import_id)
       SELECT ?, ?, key, 0, ? FROM unnest(?::text[]) AS key
       ON CONFLICT DO NOTHING RETURNING key`,
      [this.organizationId, this.kind, this.importId, keys]
    )
    return new Set((result.rows as { key: string }[]).map((row) => row.key))
  }

  /** Points the claimed keys at what was created for them. */
  async recordIds(trx: TransactionClientContract, records: { key: string; id: number }[]) {
    await trx.rawQuery(
      `UPDATE imported_records SET record_id = r.id
         FROM jsonb_to_recordset(?::jsonb) AS r(key text, id bigint)
        WHERE imported_records.organization_id = ? AND imported_records.kind = ?
          AND imported_records.key = r.key`,
      [JSON.stringify(records), this.organizationId, this.kind]
    )
  }
}
