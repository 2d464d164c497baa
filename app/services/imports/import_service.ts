import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DataImport, { type ImportPass } from '#models/data_import'
import Group from '#models/group'
import type User from '#models/user'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import { cellText } from '#services/imports/cell_values'
import {
  fieldsOf,
  FIELD_LABELS,
  proposeMapping,
  REPEATABLE_FIELDS,
  type ColumnMapping,
  type ImportKind,
} from '#services/imports/import_fields'
import type { ValueMaps } from '#services/imports/import_values'
import ImportFiles, { type ReceivedFile } from '#services/imports/import_files'
import ImportJobs from '#services/imports/import_jobs'
import {
  detectShape,
  ImportFileError,
  localFile,
  readRows,
} from '#services/imports/spreadsheet_file'
import FormError from '#exceptions/form_error'
import { Message, msg, type Params } from '#i18n/message'
import Translator from '#i18n/translator'

type Translate = (message: Message) => string

const PREVIEW_ROWS = 5

export type ImportSettings = {
  mapping?: ColumnMapping
  valueMaps?: Partial<ValueMaps>
  createMissing?: boolean
  defaultGroupId?: number | null
}

/**
 * The life of an import, for the admin pages, the API and the commands
 * alike: receive a file and propose a mapping, change the settings, start
 * a dry or real pass in the worker, cancel, delete.
 */
export default class ImportService {
  static list(organizationId: number) {
    return DataImport.query()
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .preload('createdBy')
      .orderBy('created_at', 'desc')
      .limit(50)
  }

  static find(organizationId: number, id: number | string) {
    return DataImport.query()
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .where('id', Number(id) || 0)
      .firstOrFail()
  }

  /**
   * Reads the file's shape, header row and first rows, keeps the file, and
   * proposes the mapping. The temp file is gone afterwards, kept or not.
   */
  static async create(
    actor: User,
    kind: ImportKind,
    file: ReceivedFile,
    settings: ImportSettings = {}
  ) {
    try {
      const shape = await detectShape(file.path, file.fileName, file.utf8Valid)
      const rows: (string | number | boolean | null)[][] = []
      for await (const cells of readRows(localFile(file.path), shape)) {
        rows.push(cells.map((cell) => (cell instanceof Date ? cell.toISOString() : cell)))
        if (rows.length > PREVIEW_ROWS) break
      }
      const headers = (rows.shift() ?? []).map(
        (cell, index) => cellText(cell as string) ?? `Column ${index + 1}`
      )
      if (headers.length === 0) {
        throw new ImportFileError(msg('The file has no header row.'))
      }
      if (rows.length === 0) {
        throw new ImportFileError(msg('The file has a header row but no data rows.'))
      }
      const fileKey = await ImportFiles.keep(actor.organizationId, file)
      const record = await DataImport.create({
        organizationId: actor.organizationId,
        createdById: actor.id,
        kind,
        fileName: file.fileName.slice(0, 255),
        fileKey,
        fileSize: file.size,
        fileHash: file.hash,
        ...shape,
        headers,
        preview: rows,
        mapping: proposeMapping(kind, headers),
        valueMaps: {},
        status: 'uploaded',
      })
      if (Object.keys(settings).length) {
        await this.configure(record, settings)
      }
      return record
    } finally {
      await ImportFiles.discard(file)
    }
  }

  /**
   * Takes the admin's mapping, values and options. A changed setting makes
   * an earlier dry run stale, so the import asks for a new one.
   */
  static async configure(record: DataImport, settings: ImportSettings) {
    this.assertIdle(record)
    if (settings.mapping) {
      record.mapping = this.checkMapping(record, settings.mapping)
    }
    if (settings.valueMaps) {
      record.valueMaps = settings.valueMaps
    }
    if (settings.createMissing !== undefined) {
      record.createMissing = settings.createMissing
    }
    if (settings.defaultGroupId !== undefined) {
      if (settings.defaultGroupId !== null) {
        const group = await Group.query()
          .withScopes((scopes) => scopes.forOrganization(record.organizationId))
          .where('id', settings.defaultGroupId)
          .first()
        if (!group) {
          throw new FormError(
            'defaultGroupId',
            msg('Choose a group of this organization.'),
            'exists'
          )
        }
      }
      record.defaultGroupId = settings.defaultGroupId
    }
    if (record.$isDirty) {
      // The last dry run checked other settings.
      record.report = null
      if (record.status === 'checked') record.status = 'uploaded'
    }
    await record.save()
    return record
  }

  private static checkMapping(record: DataImport, mapping: ColumnMapping) {
    const fields = fieldsOf(record.kind)
    const clean: ColumnMapping = {}
    const used = new Set<string>()
    for (const [index, field] of Object.entries(mapping)) {
      if (!field) continue
      const column = Number(index)
      if (!Number.isInteger(column) || column < 0 || column >= record.headers.length) {
        throw new FormError(
          'mapping',
          msg('The mapping names a column the file does not have.'),
          'mapping'
        )
      }
      if (!fields.includes(field)) {
        throw new FormError('mapping', msg('Unknown field "{field}".', { field }), 'mapping')
      }
      if (used.has(field) && !REPEATABLE_FIELDS.includes(field)) {
        throw new FormError(
          'mapping',
          msg('"{field}" is mapped from two columns.', { field: FIELD_LABELS[field] }),
          'mapping'
        )
      }
      used.add(field)
      clean[String(column)] = field
    }
    const required = record.kind === 'tickets' ? 'title' : 'email'
    if (!used.has(required)) {
      throw new FormError(
        'mapping',
        msg('Map a column to "{field}".', { field: FIELD_LABELS[required] }),
        'mapping'
      )
    }
    return clean
  }

  /**
   * Queues a pass. The pages ask for a dry run with the current settings
   * before the real one; the API and the command may go straight to it
   * (it still reads the whole file before it writes).
   */
  static async start(
    record: DataImport,
    pass: ImportPass,
    context: ActorContext,
    options: { dryRunFirst: boolean } = { dryRunFirst: true }
  ) {
    this.assertIdle(record)
    // A completed dry run leaves its report; a real pass already begun may be resumed.
    if (pass === 'real' && options.dryRunFirst && !record.report && record.pass !== 'real') {
      throw new FormError('import', msg('Run the dry run first, then import.'), 'dryRunFirst')
    }
    record.merge({ status: 'queued', pass, cancelRequested: false, error: null })
    await db.transaction(async (trx) => {
      record.useTransaction(trx)
      await record.save()
      if (pass === 'real') {
        await this.recordStart(record, context, trx)
      }
    })
    await ImportJobs.queue(record)
    return record
  }

  /** The audit trail's entry for a real pass: who imported which file. */
  static async recordStart(
    record: DataImport,
    context: ActorContext,
    trx?: TransactionClientContract
  ) {
    await AuditLogService.record(
      context,
      {
        organizationId: record.organizationId,
        action: 'import.started',
        entityType: 'import',
        entityId: record.id,
        newValues: { kind: record.kind, fileName: record.fileName, totalRows: record.totalRows },
      },
      trx
    )
  }

  /** Asks the pass to stop after its current batch; rows already imported stay. */
  static async cancel(record: DataImport) {
    if (record.status === 'queued') {
      record.merge({ status: 'cancelled', cancelRequested: true })
    } else if (record.isWorking) {
      record.cancelRequested = true
    }
    await record.save()
    return record
  }

  static async destroy(record: DataImport) {
    this.assertIdle(record)
    await ImportFiles.remove(record).catch(() => {})
    await record.delete()
  }

  /** The notes of the import's last pass, in row order, in the reader's language. */
  static async notes(
    record: DataImport,
    kind: 'refused' | 'notice',
    limit = 100,
    t: Translate = Translator.english.t
  ) {
    const rows: {
      row_number: number
      column: string | null
      message: string
      params: Params | null
    }[] = await db
      .from('import_notes')
      .where('import_id', record.id)
      .where('pass', record.pass ?? 'dry')
      .where('kind', kind)
      .orderBy('row_number')
      .orderBy('id')
      .limit(limit)
      .select('row_number', 'column', 'message', 'params')
    return rows.map((row) => ({
      row_number: row.row_number,
      column: row.column,
      message: t(new Message(row.message, row.params ?? {})),
    }))
  }

  /** The import's error put into the reader's language, for the page or the API (not saved). */
  static localize(record: DataImport, t: Translate) {
    if (record.error) {
      record.error = t(new Message(record.error, record.errorParams ?? {}))
    }
    return record
  }

  private static assertIdle(record: DataImport) {
    if (record.isWorking) {
      throw new FormError(
        'import',
        msg('The import is running; cancel it or wait for it to finish.'),
        'busy'
      )
    }
  }
}
