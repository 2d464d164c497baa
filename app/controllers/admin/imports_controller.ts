import type { HttpContext } from '@adonisjs/core/http'
import DataImportPolicy from '#policies/data_import_policy'
import DataImportTransformer from '#transformers/data_import_transformer'
import ImportService from '#services/imports/import_service'
import ImportFiles, { formatBytes, importLimits } from '#services/imports/import_files'
import { fieldsOf } from '#services/imports/import_fields'
import { DEFAULT_VALUE_MAPS } from '#services/imports/import_values'
import { ImportFileError } from '#services/imports/spreadsheet_file'
import ImportNotesCsv from '#services/imports/import_notes_csv'
import GroupService from '#services/group_service'
import { importSettingsValidator, importUploadValidator } from '#validators/data_import'
import { actorContext } from '#services/request_context'
import FormError from '#exceptions/form_error'
import { msg } from '#i18n/message'

/**
 * Admin → Import: upload a file, map its columns and values, check it
 * with a dry run, import it in the worker while the page shows progress,
 * and download the rows it refused.
 */
export default class ImportsController {
  async index({ inertia, bouncer, auth }: HttpContext) {
    await bouncer.with(DataImportPolicy).authorize('viewAny')
    const imports = await ImportService.list(auth.getUserOrFail().organizationId)
    return inertia.render('admin/imports/index', {
      imports: DataImportTransformer.transform(imports),
      maxSize: formatBytes(importLimits.maxBytes),
    })
  }

  async store(ctx: HttpContext) {
    const { request, bouncer, auth, response } = ctx
    await bouncer.with(DataImportPolicy).authorize('create')
    const file = await ImportFiles.fromRequest(request).catch(asFileError)
    if (!file) {
      throw new FormError('file', msg('Choose a CSV or Excel (.xlsx) file.'), 'required')
    }
    const input = await request.validateUsing(importUploadValidator).catch(async (error) => {
      await ImportFiles.discard(file)
      throw error
    })
    const record = await ImportService.create(auth.getUserOrFail(), input.kind, file).catch(
      asFileError
    )
    return response.redirect().toRoute('admin.imports.show', { id: record.id })
  }

  async show({ inertia, params, bouncer, auth, translator }: HttpContext) {
    const organizationId = auth.getUserOrFail().organizationId
    const record = await ImportService.find(organizationId, params.id)
    await bouncer.with(DataImportPolicy).authorize('manage', record)
    await record.load('createdBy')
    const [refusals, notices, groups] = await Promise.all([
      ImportService.notes(record, 'refused', 100, translator.t),
      ImportService.notes(record, 'notice', 100, translator.t),
      GroupService.list(organizationId),
    ])
    return inertia.render('admin/imports/show', {
      import: DataImportTransformer.transform(
        ImportService.localize(record, translator.t)
      ).useVariant('forDetail'),
      fields: [...fieldsOf(record.kind)],
      defaultValueMaps: DEFAULT_VALUE_MAPS,
      groups: groups.map((group) => ({ id: group.id, name: group.name })),
      refusals,
      notices,
    })
  }

  /** Saves the settings and starts the dry run. */
  async update(ctx: HttpContext) {
    const { params, request, bouncer, auth, response } = ctx
    const record = await ImportService.find(auth.getUserOrFail().organizationId, params.id)
    await bouncer.with(DataImportPolicy).authorize('manage', record)
    const settings = await request.validateUsing(importSettingsValidator)
    await ImportService.configure(record, {
      ...settings,
      mapping: settings.mapping ? withoutIgnored(settings.mapping) : undefined,
    })
    await ImportService.start(record, 'dry', actorContext(ctx))
    return response.redirect().toRoute('admin.imports.show', { id: record.id })
  }

  async run(ctx: HttpContext) {
    const { params, bouncer, auth, response, session, translator } = ctx
    const record = await ImportService.find(auth.getUserOrFail().organizationId, params.id)
    await bouncer.with(DataImportPolicy).authorize('manage', record)
    await ImportService.start(record, 'real', actorContext(ctx))
    session.flash(
      'success',
      translator.t('Import started. You can leave this page; it keeps going.')
    )
    return response.redirect().toRoute('admin.imports.show', { id: record.id })
  }

  async cancel({ params, bouncer, auth, response }: HttpContext) {
    const record = await ImportService.find(auth.getUserOrFail().organizationId, params.id)
    await bouncer.with(DataImportPolicy).authorize('manage', record)
    await ImportService.cancel(record)
    return response.redirect().toRoute('admin.imports.show', { id: record.id })
  }

  /** What the page polls while a pass runs. */
  async progress(ctx: HttpContext) {
    const { params, bouncer, auth } = ctx
    const record = await ImportService.find(auth.getUserOrFail().organizationId, params.id)
    await bouncer.with(DataImportPolicy).authorize('manage', record)
    return ctx.serialize(
      DataImportTransformer.transform(ImportService.localize(record, ctx.translator.t))
    )
  }

  async refused({ params, bouncer, auth, response, translator }: HttpContext) {
    const record = await ImportService.find(auth.getUserOrFail().organizationId, params.id)
    await bouncer.with(DataImportPolicy).authorize('manage', record)
    return ImportNotesCsv.respond(record, response, translator.t)
  }

  async destroy(ctx: HttpContext) {
    const { params, bouncer, auth, response, session, translator } = ctx
    const record = await ImportService.find(auth.getUserOrFail().organizationId, params.id)
    await bouncer.with(DataImportPolicy).authorize('manage', record)
    await ImportService.destroy(record)
    session.flash('success', translator.t('Import deleted. The tickets and users it created stay.'))
    return response.redirect().toRoute('admin.imports.index')
  }
}

/** Columns set to "ignore" arrive as empty fields. */
function withoutIgnored(mapping: Record<string, string | null>) {
  return Object.fromEntries(
    Object.entries(mapping).filter((entry): entry is [string, string] => !!entry[1])
  ) as never
}

/** A file that cannot be used is the file field's error, beside it. */
function asFileError(error: unknown): never {
  if (error instanceof ImportFileError) {
    throw new FormError('file', error.translatable, 'file')
  }
  throw error
}
