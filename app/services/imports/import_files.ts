import { createHash, randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import drive from '@adonisjs/drive/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'
import { msg } from '#i18n/message'
import type DataImport from '#models/data_import'
import { ImportFileError } from '#services/imports/spreadsheet_file'

/** A file received on this machine: where it is, and what was learnt while it came in. */
export type ReceivedFile = {
  path: string
  fileName: string
  size: number
  hash: string
  utf8Valid: boolean
}

export const importLimits = {
  /** Bytes; IMPORT_MAX_BYTES, 100 MB unless set. */
  maxBytes: env.get('IMPORT_MAX_BYTES', 100 * 1024 * 1024),
}

/**
 * Measures a file as it passes: its size (refused past the limit), its
 * SHA-256, and whether all of it is valid UTF-8 (decoding in streaming
 * mode, so a character split across chunks is not an error).
 */
class FileProbe extends Transform {
  size = 0
  utf8Valid = true
  private hash = createHash('sha256')
  private decoder = new TextDecoder('utf-8', { fatal: true })

  constructor(private maxBytes: number) {
    super()
  }

  _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    done: (error?: Error | null, data?: Buffer) => void
  ) {
    this.size += chunk.length
    if (this.size > this.maxBytes) {
      done(
        new ImportFileError(
          msg('The file is larger than {size}.', { size: formatBytes(this.maxBytes) })
        )
      )
      return
    }
    this.hash.update(chunk)
    if (this.utf8Valid) {
      try {
        this.decoder.decode(chunk, { stream: true })
      } catch {
        this.utf8Valid = false
      }
    }
    done(null, chunk)
  }

  _flush(done: (error?: Error | null) => void) {
    if (this.utf8Valid) {
      try {
        this.decoder.decode()
      } catch {
        this.utf8Valid = false
      }
    }
    done()
  }

  digest() {
    return this.hash.digest('hex')
  }
}

export function formatBytes(bytes: number) {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / 1024 / 1024)} MB`
    : `${Math.round(bytes / 1024)} KB`
}

/**
 * Where import files live: received into the machine's temp directory
 * while they are checked, then kept in Drive (private, like attachments)
 * until the import is deleted, for the dry run, the real run and re-runs.
 */
export default class ImportFiles {
  /** Copies a readable (an upload's part, a file given to the command) to a temp file, measuring it. */
  static async receive(input: NodeJS.ReadableStream, fileName: string): Promise<ReceivedFile> {
    const path = join(tmpdir(), `switchboard-import-${randomUUID()}`)
    const probe = new FileProbe(importLimits.maxBytes)
    try {
      await pipeline(input, probe, createWriteStream(path))
    } catch (error) {
      await rm(path, { force: true })
      throw error
    }
    if (probe.size === 0) {
      await rm(path, { force: true })
      throw new ImportFileError(msg('The file is empty.'))
    }
    return { path, fileName, size: probe.size, hash: probe.digest(), utf8Valid: probe.utf8Valid }
  }

  /**
   * Reads the one file field of a multipart request (its route is processed
   * manually, so the upload streams to disk instead of through the body
   * parser's own limit) and the form's other fields.
   */
  static async fromRequest(request: HttpContext['request']): Promise<ReceivedFile | null> {
    // A JSON or urlencoded body has no multipart stream to read (and no file).
    if (!request.is(['multipart/form-data'])) {
      return null
    }
    let received: Promise<ReceivedFile> | null = null
    request.multipart.onFile('file', {}, async (part) => {
      received = this.receive(part, part.filename ?? 'import.csv')
      // A refused part (too large) must still be drained, or the request never ends.
      await received.catch(() => part.resume())
      return {}
    })
    await request.multipart.process({ limit: importLimits.maxBytes + 1024 * 1024 })
    return received
  }

  static async keep(organizationId: number, file: ReceivedFile) {
    const key = `imports/${organizationId}/${randomUUID()}`
    await drive.use().putStream(key, createReadStream(file.path))
    return key
  }

  static open(record: DataImport) {
    return drive.use().getStream(record.fileKey)
  }

  static async discard(file: ReceivedFile) {
    await rm(file.path, { force: true })
  }

  static async remove(record: DataImport) {
    await drive.use().delete(record.fileKey)
  }
}
