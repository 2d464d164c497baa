import { Readable } from 'node:stream'
import type User from '#models/user'
import ImportService, { type ImportSettings } from '#services/imports/import_service'
import ImportFiles from '#services/imports/import_files'
import ImportRunner from '#services/imports/import_runner'
import type { ImportKind } from '#services/imports/import_fields'

/** Receives bytes as an uploaded file would be and creates the import from them. */
export async function uploadImport(
  admin: User,
  fileName: string,
  content: string | Buffer,
  kind: ImportKind = 'tickets',
  settings: ImportSettings = {}
) {
  const file = await ImportFiles.receive(Readable.from([Buffer.from(content)]), fileName)
  return ImportService.create(admin, kind, file, settings)
}

/** Runs a pass in this process, as the worker's job does. */
export function runPass(importId: number, pass: 'dry' | 'real') {
  return ImportRunner.run(importId, pass)
}
