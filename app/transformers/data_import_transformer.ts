import type DataImport from '#models/data_import'
import { BaseTransformer } from '@adonisjs/core/transformers'

export default class DataImportTransformer extends BaseTransformer<DataImport> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'kind',
        'fileName',
        'fileSize',
        'format',
        'encoding',
        'delimiter',
        'status',
        'pass',
        'totalRows',
        'processedRows',
        'createdRows',
        'skippedRows',
        'refusedRows',
        'error',
        'cancelRequested',
        'createMissing',
        'defaultGroupId',
        'startedAt',
        'finishedAt',
        'createdAt',
      ]),
      createdBy: this.resource.createdBy
        ? { id: this.resource.createdBy.id, name: this.resource.createdBy.name }
        : null,
    }
  }

  /** The page of one import: its file's first rows, the mapping and the last dry run's report. */
  forDetail() {
    return {
      ...this.toObject(),
      headers: this.resource.headers,
      preview: this.resource.preview,
      mapping: this.resource.mapping,
      valueMaps: this.resource.valueMaps,
      report: this.resource.report,
    }
  }
}
