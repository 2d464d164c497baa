import vine from '@vinejs/vine'
import { PRIORITIES, STATUSES } from '#models/ticket'
import { IMPORT_KINDS } from '#services/imports/import_fields'

/**
 * An import's settings: column index → field (an empty field ignores the
 * column), the admin's values table, and the options. The mapping's
 * fields are checked against the import's kind by the service.
 */
const settings = {
  mapping: vine.record(vine.string().trim().maxLength(40).nullable()).optional(),
  valueMaps: vine
    .object({
      priority: vine.record(vine.enum(PRIORITIES)).optional(),
      status: vine.record(vine.enum(STATUSES)).optional(),
    })
    .optional(),
  createMissing: vine.boolean().optional(),
  defaultGroupId: vine.number().positive().withoutDecimals().nullable().optional(),
}

export const importSettingsValidator = vine.create(settings)

/** The form fields that come with an uploaded file (the API may send settings as JSON text). */
export const importUploadValidator = vine.create({
  kind: vine.enum(IMPORT_KINDS),
  ...settings,
  dryRun: vine.boolean().optional(),
})

/** The API's names for the same settings; `mapping` and `value_maps` may arrive as JSON text in a form. */
const apiSettings = {
  mapping: settings.mapping,
  value_maps: settings.valueMaps,
  create_missing: settings.createMissing,
  default_group_id: settings.defaultGroupId,
}

export const apiImportUploadValidator = vine.create({
  kind: vine.enum(IMPORT_KINDS),
  ...apiSettings,
  dry_run: vine.boolean().optional(),
})

export const apiImportSettingsValidator = vine.create(apiSettings)

export const apiImportRunValidator = vine.create({ dry_run: vine.boolean().optional() })
