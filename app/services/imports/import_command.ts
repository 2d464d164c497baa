import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import Organization from '#models/organization'
import User from '#models/user'
import Group from '#models/group'
import type DataImport from '#models/data_import'
import { systemContext } from '#services/request_context'
import ImportFiles from '#services/imports/import_files'
import ImportRunner from '#services/imports/import_runner'
import ImportService, { type ImportSettings } from '#services/imports/import_service'
import type { ColumnMapping, ImportKind } from '#services/imports/import_fields'
import { ImportFileError } from '#services/imports/spreadsheet_file'
import FormError from '#exceptions/form_error'

export type ImportCommandInput = {
  kind: ImportKind
  file: string
  organization?: string
  mapping?: string
  createMissing: boolean
  dryRun: boolean
  as?: string
}

type Output = { info(text: string): void; error(text: string): void; progress(text: string): void }

/** A refusal meant for the operator's terminal. */
export class ImportCommandError extends Error {}

/**
 * `tickets:import` and `users:import`: the same import as the admin page,
 * run in this process. The mapping file is JSON: `mapping` by header name
 * (or column position), `value_maps`, `default_group` (a group's name).
 * Answers the exit code: 1 when rows were refused or the file was.
 */
export default class ImportCommand {
  static async run(input: ImportCommandInput, out: Output) {
    const organization = await this.organization(input.organization)
    const admin = await this.admin(organization, input.as)
    const size = await stat(input.file).catch(() => null)
    if (!size?.isFile()) {
      throw new ImportCommandError(`No such file: ${input.file}`)
    }
    let record: DataImport
    try {
      const file = await ImportFiles.receive(createReadStream(input.file), basename(input.file))
      record = await ImportService.create(admin, input.kind, file)
      await ImportService.configure(record, await this.settings(record, organization, input))
    } catch (error) {
      if (error instanceof ImportFileError || error instanceof FormError) {
        throw new ImportCommandError(error.message)
      }
      throw error
    }
    const pass = input.dryRun ? 'dry' : 'real'
    if (pass === 'real') {
      // The audit trail records who imported what, as for the page.
      await ImportService.recordStart(record, { ...systemContext, actor: admin })
    }
    const started = Date.now()
    const result = await ImportRunner.run(record.id, pass, {
      onProgress: (progress) => {
        const seconds = (Date.now() - started) / 1000
        const rate = Math.round(progress.processedRows / Math.max(seconds, 0.001))
        out.progress(`${progress.processedRows}/${progress.totalRows ?? '?'} rows, ${rate} rows/s`)
      },
    })
    this.report(result, out)
    for (const note of await ImportService.notes(result, 'refused', 1000)) {
      out.error(`row ${note.row_number}${note.column ? `, ${note.column}` : ''}: ${note.message}`)
    }
    return result.status === 'failed' || result.refusedRows > 0 ? 1 : 0
  }

  private static report(record: DataImport, out: Output) {
    const verb = record.pass === 'dry' ? 'would be created' : 'created'
    if (record.status === 'failed') {
      out.error(record.error ?? 'The import failed.')
      return
    }
    out.info(
      `${record.kind === 'tickets' ? 'Tickets' : 'Users'} ${verb}: ${record.createdRows}; ` +
        `already imported (skipped): ${record.skippedRows}; refused: ${record.refusedRows} ` +
        `of ${record.totalRows} rows (import #${record.id}).`
    )
    const report = record.report
    if (report) {
      if (report.users.count) out.info(`New customers: ${report.users.count}`)
      for (const [label, names] of [
        ['New groups', report.groups],
        ['New categories', report.categories],
        ['New subcategories', report.subcategories],
      ] as const) {
        if (names.length) out.info(`${label}: ${names.join(', ')}`)
      }
    }
  }

  private static async settings(
    record: DataImport,
    organization: Organization,
    input: ImportCommandInput
  ): Promise<ImportSettings> {
    const settings: ImportSettings = { createMissing: input.createMissing }
    if (!input.mapping) return settings
    let parsed: { mapping?: Record<string, string>; value_maps?: never; default_group?: string }
    try {
      parsed = JSON.parse(await readFile(input.mapping, 'utf8'))
    } catch (error) {
      throw new ImportCommandError(`Cannot read the mapping file: ${(error as Error).message}`)
    }
    if (parsed.mapping) {
      const mapping: ColumnMapping = {}
      for (const [column, field] of Object.entries(parsed.mapping)) {
        const index = /^\d+$/.test(column) ? Number(column) : record.headers.indexOf(column)
        if (index < 0) {
          throw new ImportCommandError(
            `The mapping names a column the file does not have: "${column}"`
          )
        }
        mapping[String(index)] = field as never
      }
      settings.mapping = mapping
    }
    settings.valueMaps = parsed.value_maps
    if (parsed.default_group) {
      const group = await Group.query()
        .withScopes((scopes) => scopes.forOrganization(organization.id))
        .whereRaw('lower(name) = lower(?)', [parsed.default_group])
        .first()
      if (!group) throw new ImportCommandError(`No group named "${parsed.default_group}".`)
      settings.defaultGroupId = group.id
    }
    return settings
  }

  private static async organization(slug?: string) {
    if (slug) {
      const organization = await Organization.findBy('slug', slug)
      if (!organization) throw new ImportCommandError(`No organization with the slug "${slug}".`)
      return organization
    }
    const all = await Organization.query().limit(2)
    if (all.length !== 1) {
      throw new ImportCommandError('Name the organization with --organization SLUG.')
    }
    return all[0]
  }

  /** The import runs as an admin of the organization: the one named, else the first. */
  private static async admin(organization: Organization, email?: string) {
    const query = User.query()
      .withScopes((scopes) => scopes.forOrganization(organization.id))
      .where('role', 'admin')
      .where('is_active', true)
      .orderBy('id')
    if (email) query.whereRaw('lower(email) = lower(?)', [email])
    const admin = await query.first()
    if (!admin) {
      throw new ImportCommandError(
        email
          ? `${email} is not an active admin of ${organization.slug}.`
          : `${organization.slug} has no active admin.`
      )
    }
    return admin
  }
}
