import { DateTime } from 'luxon'
import { msg } from '#i18n/message'
import db from '@adonisjs/lucid/services/db'
import type { Readable } from 'node:stream'
import DataImport, { type DryRunReport, type ImportPass } from '#models/data_import'
import Organization from '#models/organization'
import User from '#models/user'
import { ImportRunContext } from '#services/imports/import_batch'
import { valueMapsWith } from '#services/imports/import_values'
import ImportPeople from '#services/imports/import_people'
import ImportTaxonomy from '#services/imports/import_taxonomy'
import { MappedRow } from '#services/imports/mapped_row'
import { ImportFileError, readRows } from '#services/imports/spreadsheet_file'
import TicketImportWriter from '#services/imports/ticket_import_writer'
import { readTicketRow } from '#services/imports/ticket_rows'
import UserImportWriter, { readUserRow } from '#services/imports/user_import_writer'
import ImportFiles from '#services/imports/import_files'

const BATCH_ROWS = 500
const DISTINCT_VALUES = 100

type RunOptions = {
  /** Where the file is read from (default: the import's file in Drive). */
  open?: () => Readable | Promise<Readable>
  /** Called after each batch (the command prints a progress line). */
  onProgress?: (record: DataImport) => void
}

type Writer = { write(rows: MappedRow[]): Promise<{ created: number; skipped: number }> }

/**
 * Runs one pass over an import's file: the dry run, which only counts and
 * reports, or the real one, which writes. Either first reads the file
 * through once without writing, so a malformed file fails before anything
 * is written and the progress has its total. Progress is saved after
 * every batch, where a cancellation is also noticed.
 */
export default class ImportRunner {
  static async run(importId: number, pass: ImportPass, options: RunOptions = {}) {
    const record = await DataImport.findOrFail(importId)
    const source = options.open ?? (() => ImportFiles.open(record))
    await record
      .merge({
        pass,
        status: pass === 'dry' ? 'checking' : 'running',
        processedRows: 0,
        createdRows: 0,
        skippedRows: 0,
        refusedRows: 0,
        totalRows: null,
        error: null,
        errorParams: null,
        // A dry run's report stands only once it completed.
        report: pass === 'dry' ? null : record.report,
        startedAt: DateTime.now(),
        finishedAt: null,
      })
      .save()
    await db.from('import_notes').where('import_id', record.id).where('pass', pass).delete()
    try {
      record.totalRows = await this.countRows(source, record)
      await record.save()
      const outcome = await this.pass(record, pass, source, options.onProgress ?? (() => {}))
      record.merge({
        status: outcome === 'cancelled' ? 'cancelled' : pass === 'dry' ? 'checked' : 'completed',
        finishedAt: DateTime.now(),
      })
    } catch (error) {
      record.merge({
        status: 'failed',
        finishedAt: DateTime.now(),
        ...this.errorOf(error),
      })
      if (!(error instanceof ImportFileError)) {
        await record.save()
        throw error
      }
    }
    await record.save()
    return record
  }

  /** The error as a translatable text and its values, for the page to show in the reader's language. */
  private static errorOf(error: unknown) {
    const message =
      error instanceof ImportFileError
        ? error.translatable
        : msg(
            'The import stopped: {reason}. Rows imported so far stay; starting it again skips them.',
            { reason: (error as Error).message }
          )
    return { error: message.text, errorParams: message.params }
  }

  /** Reads the file through once: its data rows, or the file's error before anything is written. */
  private static async countRows(source: () => Readable | Promise<Readable>, record: DataImport) {
    let rows = -1
    for await (const cells of readRows(source, record)) {
      if (rows === -1)
        this.checkHeaders(
          record,
          cells.map((cell) => String(cell ?? ''))
        )
      rows++
    }
    if (rows < 1) {
      throw new ImportFileError(msg('The file has a header row but no data rows.'))
    }
    return rows
  }

  private static checkHeaders(record: DataImport, headers: string[]) {
    if (headers.join('\u0000') !== record.headers.join('\u0000')) {
      throw new ImportFileError(
        msg('The file changed since it was uploaded: its header row is different.')
      )
    }
  }

  private static async pass(
    record: DataImport,
    pass: ImportPass,
    source: () => Readable | Promise<Readable>,
    onProgress: (record: DataImport) => void
  ) {
    const organization = await Organization.findOrFail(record.organizationId)
    const actor = record.createdById ? await User.find(record.createdById) : null
    if (!actor || actor.organizationId !== record.organizationId) {
      throw new ImportFileError(msg('The administrator who started this import no longer exists.'))
    }
    const dryRun = pass === 'dry'
    const context = new ImportRunContext(
      record.organizationId,
      record.id,
      record.fileName,
      record.kind,
      actor,
      dryRun,
      record.defaultGroupId
    )
    const taxonomy = await ImportTaxonomy.load(record.organizationId, record.createMissing)
    const values = valueMapsWith(record.valueMaps)
    const seen = { priority: new Map<string, number>(), status: new Map<string, number>() }
    let people: ImportPeople | null = null
    let writer: Writer
    let read: (row: MappedRow) => { source: MappedRow; key: string }
    if (record.kind === 'tickets') {
      people = await ImportPeople.load(record.organizationId, actor.id, dryRun)
      const tickets = new TicketImportWriter(context, taxonomy, people)
      read = (row) => {
        if (dryRun) countValues(seen, row)
        return readTicketRow(row, values, organization.timezone)
      }
      writer = { write: (rows) => tickets.write(rows as never) }
    } else {
      const users = new UserImportWriter(context, taxonomy)
      read = (row) => readUserRow(row)
      writer = { write: (rows) => users.write(rows as never) }
    }

    let batch: MappedRow[] = []
    let number = 0
    let header = true
    const flush = async () => {
      const rows = batch.map((row) => ({ row, read: read(row) }))
      batch = []
      const valid = rows
        .filter(({ row }) => row.refusals.length === 0)
        .map(({ read: item }) => item)
      const outcome = await writer.write(valid as never)
      const refused = rows.filter(({ row }) => row.refusals.length > 0).length
      await this.saveNotes(
        record,
        pass,
        rows.map(({ row }) => row)
      )
      const progress = await db
        .from('imports')
        .where('id', record.id)
        .increment({
          processed_rows: rows.length,
          created_rows: outcome.created,
          skipped_rows: outcome.skipped,
          refused_rows: refused,
        })
        .update({ updated_at: new Date() })
        .returning([
          'processed_rows',
          'created_rows',
          'skipped_rows',
          'refused_rows',
          'cancel_requested',
        ])
      const [saved] = progress as Record<string, number | boolean>[]
      record.merge({
        processedRows: Number(saved.processed_rows),
        createdRows: Number(saved.created_rows),
        skippedRows: Number(saved.skipped_rows),
        refusedRows: Number(saved.refused_rows),
      })
      onProgress(record)
      return saved.cancel_requested === true
    }
    for await (const cells of readRows(source, record)) {
      if (header) {
        header = false
        continue
      }
      batch.push(new MappedRow(++number, cells, record.headers, record.mapping))
      if (batch.length >= BATCH_ROWS && (await flush())) {
        return 'cancelled'
      }
    }
    if (batch.length && (await flush())) {
      return 'cancelled'
    }
    if (dryRun) {
      record.report = this.report(taxonomy, people, seen)
    }
    return 'done'
  }

  private static async saveNotes(record: DataImport, pass: ImportPass, rows: MappedRow[]) {
    const notes = rows.flatMap((row) => [
      ...row.refusals.map((issue) => ({
        import_id: record.id,
        pass,
        kind: 'refused',
        row_number: row.number,
        column: issue.column,
        message: issue.message.text,
        params: JSON.stringify(issue.message.params),
        cells: JSON.stringify(row.byHeader()),
      })),
      ...row.notices.map((issue) => ({
        import_id: record.id,
        pass,
        kind: 'notice',
        row_number: row.number,
        column: issue.column,
        message: issue.message.text,
        params: JSON.stringify(issue.message.params),
        cells: null,
      })),
    ])
    if (notes.length) {
      await db.table('import_notes').multiInsert(notes)
    }
  }

  private static report(
    taxonomy: ImportTaxonomy,
    people: ImportPeople | null,
    seen: { priority: Map<string, number>; status: Map<string, number> }
  ): DryRunReport {
    const users = people ? [...people.planned] : []
    return {
      users: { count: users.length, sample: users.slice(0, 20) },
      groups: [...taxonomy.planned.groups],
      categories: [...taxonomy.planned.categories],
      subcategories: [...taxonomy.planned.subcategories],
      values: {
        priority: Object.fromEntries(seen.priority),
        status: Object.fromEntries(seen.status),
      },
    }
  }
}

/** The distinct priority and status texts of a dry run, for the values table. */
function countValues(
  seen: { priority: Map<string, number>; status: Map<string, number> },
  row: MappedRow
) {
  for (const field of ['priority', 'status'] as const) {
    const text = row.text(field)
    if (!text) continue
    const map = seen[field]
    if (map.has(text) || map.size < DISTINCT_VALUES) map.set(text, (map.get(text) ?? 0) + 1)
  }
}
