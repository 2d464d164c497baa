import { ImportSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'
import { belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import type { ImportKind, ColumnMapping } from '#services/imports/import_fields'
import type { ValueMaps } from '#services/imports/import_values'
import type { FileFormat, TextEncoding } from '#services/imports/spreadsheet_file'
import type { Params } from '#i18n/message'

export const IMPORT_STATUSES = [
  'uploaded',
  'checking',
  'checked',
  'queued',
  'running',
  'completed',
  'cancelled',
  'failed',
] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]
export type ImportPass = 'dry' | 'real'

/** What a dry run found beyond the counts: what it would create, and the values it saw. */
export type DryRunReport = {
  users: { count: number; sample: string[] }
  groups: string[]
  categories: string[]
  subcategories: string[]
  values: { priority: Record<string, number>; status: Record<string, number> }
}

/**
 * A file of tickets or users on its way in: the file, the admin's mapping,
 * and the progress and report of its last pass (dry or real).
 */
export default class DataImport extends compose(ImportSchema, OrganizationOwned) {
  static table = 'imports'

  declare kind: ImportKind
  declare status: ImportStatus
  declare pass: ImportPass | null
  declare format: FileFormat
  declare encoding: TextEncoding | null
  // node-postgres would send arrays as PostgreSQL arrays, not JSON.
  @column({ prepare: (value: unknown) => JSON.stringify(value) })
  declare headers: string[]

  @column({ prepare: (value: unknown) => JSON.stringify(value) })
  declare preview: (string | number | boolean | null)[][]

  declare mapping: ColumnMapping
  declare valueMaps: Partial<ValueMaps>
  declare report: DryRunReport | null
  declare errorParams: Params | null

  @belongsTo(() => User, { foreignKey: 'createdById' })
  declare createdBy: BelongsTo<typeof User>

  get isWorking() {
    return this.status === 'checking' || this.status === 'queued' || this.status === 'running'
  }
}
