import type { HttpContext } from '@adonisjs/core/http'
import DataImportPolicy from '#policies/data_import_policy'
import DataImportTransformer from '#transformers/data_import_transformer'
import type DataImport from '#models/data_import'
import ImportService from '#services/imports/import_service'
import ImportFiles from '#services/imports/import_files'
import ImportNotesCsv from '#services/imports/import_notes_csv'
import { ImportFileError } from '#services/imports/spreadsheet_file'
import type { ValueMaps } from '#services/imports/import_values'
import {
  apiImportRunValidator,
  apiImportSettingsValidator,
  apiImportUploadValidator,
} from '#validators/data_import'
import { actorContext } from '#services/request_context'
import { apiJson, renameFields, snakeKeys } from '#helpers/api_json'
import FormError from '#exceptions/form_error'
import { msg } from '#i18n/message'

/**
 * /api/v1/admin/imports: the same imports as Admin → Import. A file is
 * sent as multipart with its settings and checked at once (dry run); the
 * real pass is started on the import, and both are followed by polling
 * the import.
 */
export default class ImportsController {
  async index(ctx: HttpContext) {
    await ctx.bouncer.with(DataImportPolicy).authorize('viewAny')
    const imports = await ImportService.list(ctx.auth.getUserOrFail().organizationId)
    return apiJson(ctx, DataImportTransformer.transform(imports))
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(DataImportPolicy).authorize('create')
    const file = await ImportFiles.fromRequest(ctx.request).catch(asFileError)
    if (!file) {
      throw new FormError('file', msg('Choose a CSV or Excel (.xlsx) file.'), 'required')
    }
    const input = await apiImportUploadValidator
      .validate(withJsonFields(ctx.request.all()))
      .catch(async (error) => {
        await ImportFiles.discard(file)
        return renameFields(error)
      })
    const record = await ImportService.create(
      ctx.auth.getUserOrFail(),
      input.kind,
      file,
      settingsOf(input)
    ).catch(asFileError)
    await ImportService.start(record, input.dry_run === false ? 'real' : 'dry', actorContext(ctx), {
      dryRunFirst: false,
    })
    return this.respond(ctx, record, 202)
  }

  async show(ctx: HttpContext) {
    return this.respond(ctx, await this.manageable(ctx))
  }

  async update(ctx: HttpContext) {
    const record = await this.manageable(ctx)
    const input = await ctx.request.validateUsing(apiImportSettingsValidator).catch(renameFields)
    await ImportService.configure(record, settingsOf(input)).catch(renameFields)
    return this.respond(ctx, record)
  }

  async run(ctx: HttpContext) {
    const record = await this.manageable(ctx)
    const input = await ctx.request.validateUsing(apiImportRunValidator)
    await ImportService.start(record, input.dry_run ? 'dry' : 'real', actorContext(ctx), {
      dryRunFirst: false,
    }).catch(renameFields)
    return this.respond(ctx, record, 202)
  }

  async cancel(ctx: HttpContext) {
    const record = await this.manageable(ctx)
    await ImportService.cancel(record)
    return this.respond(ctx, record)
  }

  async refused(ctx: HttpContext) {
    return ImportNotesCsv.respond(await this.manageable(ctx), ctx.response, ctx.translator.t)
  }

  async destroy(ctx: HttpContext) {
    const record = await this.manageable(ctx)
    await ImportService.destroy(record).catch(renameFields)
    return ctx.response.noContent()
  }

  private async manageable(ctx: HttpContext) {
    const record = await ImportService.find(ctx.auth.getUserOrFail().organizationId, ctx.params.id)
    await ctx.bouncer.with(DataImportPolicy).authorize('manage', record)
    return record
  }

  /** The import with the notes of its last pass (the first 100 of each kind). */
  private async respond(ctx: HttpContext, record: DataImport, status = 200) {
    const [refusals, notices] = await Promise.all([
      ImportService.notes(record, 'refused', 100, ctx.translator.t),
      ImportService.notes(record, 'notice', 100, ctx.translator.t),
    ])
    const body = snakeKeys(
      await ctx.serialize(
        DataImportTransformer.transform(
          ImportService.localize(record, ctx.translator.t)
        ).useVariant('forDetail')
      )
    ) as { data: Record<string, unknown> }
    body.data.refusals = refusals
    body.data.notices = notices
    // The mapping's and value tables' keys are the file's own (column numbers, raw values): kept as they are.
    body.data.mapping = record.mapping
    body.data.value_maps = record.valueMaps
    return ctx.response.status(status).json(body)
  }
}

function settingsOf(input: {
  mapping?: Record<string, string | null>
  value_maps?: Partial<ValueMaps>
  create_missing?: boolean
  default_group_id?: number | null
}) {
  return {
    mapping: input.mapping
      ? (Object.fromEntries(Object.entries(input.mapping).filter(([, field]) => !!field)) as never)
      : undefined,
    valueMaps: input.value_maps,
    createMissing: input.create_missing,
    defaultGroupId: input.default_group_id,
  }
}

/** A multipart form carries objects as JSON text; anything unparseable is left for the validator. */
function withJsonFields(fields: Record<string, unknown>) {
  const parsed = { ...fields }
  for (const name of ['mapping', 'value_maps']) {
    if (typeof parsed[name] === 'string') {
      try {
        parsed[name] = JSON.parse(parsed[name] as string)
      } catch {
        // The validator names the field.
      }
    }
  }
  return parsed
}

function asFileError(error: unknown): never {
  if (error instanceof ImportFileError) {
    throw new FormError('file', error.translatable, 'file')
  }
  throw error
}
