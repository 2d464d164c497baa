import { createHash, randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { extname, basename } from 'node:path'
import { fileTypeFromBuffer } from 'file-type'
import drive from '@adonisjs/drive/services/main'
import logger from '@adonisjs/core/services/logger'
import FormError from '#exceptions/form_error'
import { type Message, msg } from '#i18n/message'

export const ATTACHMENT_LIMITS = {
  maxFiles: 5,
  maxBytes: 10 * 1024 * 1024,
}

/**
 * What may be attached, judged from the file's first bytes (file-type),
 * never from its name or the type the browser declared.
 */
const ALLOWED_BINARY = new Map<string, string>([
  ['image/png', 'PNG image'],
  ['image/jpeg', 'JPEG image'],
  ['image/gif', 'GIF image'],
  ['image/webp', 'WebP image'],
  ['application/pdf', 'PDF document'],
  ['application/zip', 'ZIP archive'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Word document'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Excel workbook'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'PowerPoint file'],
  ['application/vnd.oasis.opendocument.text', 'OpenDocument text'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'OpenDocument spreadsheet'],
  ['message/rfc822', 'e-mail message'],
])

/** Types shown in the browser instead of downloaded. */
export const INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp'])

export type Upload = { clientName: string; tmpPath?: string | null; size: number }

export type InspectedFile = {
  fileName: string
  contentType: string
  size: number
  checksum: string
  bytes: Buffer
}

export type StoredFile = Omit<InspectedFile, 'bytes'> & { storageKey: string }

/**
 * A refused file is a form error on the attachments field, naming the file
 * and the reason, so it shows beside the file picker and in the API's
 * per-field details.
 */
export class RefusedAttachment extends FormError {
  constructor(
    public fileName: string,
    public reason: Message
  ) {
    super(
      'attachments',
      msg('{file} was refused: {reason}', { file: fileName, reason }),
      'attachment'
    )
  }
}

/** Idempotent: inspect() cleans for its own errors, inspectFile() again. */
export function cleanName(name: string) {
  const cleaned = basename(name.replace(/\\/g, '/'))
    .replace(/[\p{Cc}"]/gu, '')
    .trim()
  return (cleaned || 'file').slice(0, 200)
}

/** UTF-8 text without NUL bytes counts as a text file. */
function textType(bytes: Buffer, fileName: string) {
  if (bytes.includes(0)) {
    return null
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
  return extname(fileName).toLowerCase() === '.csv' ? 'text/csv' : 'text/plain'
}

function humanSize(bytes: number) {
  return msg('{size} MB', { size: Math.round((bytes / 1024 / 1024) * 10) / 10 })
}

function tooLarge(size: number) {
  return msg('it is {size}, larger than the {limit} limit', {
    size: humanSize(size),
    limit: humanSize(ATTACHMENT_LIMITS.maxBytes),
  })
}

/**
 * The checks every file passes, wherever it came from (a form, an e-mail):
 * size, not empty, an allowed type judged from its bytes, or UTF-8 text.
 * Throws RefusedAttachment naming the file and the reason.
 */
export async function inspectFile(name: string, bytes: Buffer): Promise<InspectedFile> {
  const fileName = cleanName(name)
  if (bytes.length > ATTACHMENT_LIMITS.maxBytes) {
    throw new RefusedAttachment(fileName, tooLarge(bytes.length))
  }
  if (bytes.length === 0) {
    throw new RefusedAttachment(fileName, msg('the file is empty'))
  }
  const detected = await fileTypeFromBuffer(bytes)
  let contentType: string | null
  if (detected) {
    contentType = ALLOWED_BINARY.has(detected.mime) ? detected.mime : null
    if (!contentType) {
      throw new RefusedAttachment(
        fileName,
        msg('its content is {type} ({mime}), which is not an allowed file type', {
          type: detected.ext.toUpperCase(),
          mime: detected.mime,
        })
      )
    }
  } else {
    contentType = textType(bytes, fileName)
    if (!contentType) {
      throw new RefusedAttachment(
        fileName,
        msg('its content is not a recognised document, image, archive or text file')
      )
    }
  }
  return {
    fileName,
    contentType,
    size: bytes.length,
    checksum: createHash('sha256').update(bytes).digest('hex'),
    bytes,
  }
}

/**
 * Checks and stores what people attach to tickets and replies. Every file
 * is checked before anything is stored, so a refused file leaves no trace
 * and the error names the file and the reason.
 */
export default class AttachmentIntake {
  static async inspect(uploads: Upload[]): Promise<InspectedFile[]> {
    if (uploads.length > ATTACHMENT_LIMITS.maxFiles) {
      throw new FormError(
        'attachments',
        msg('{count} files were attached; at most {max} can be attached at once.', {
          count: uploads.length,
          max: ATTACHMENT_LIMITS.maxFiles,
        }),
        'attachment'
      )
    }
    const inspected: InspectedFile[] = []
    for (const upload of uploads) {
      const fileName = cleanName(upload.clientName)
      if (!upload.tmpPath) {
        throw new RefusedAttachment(fileName, msg('the upload did not complete'))
      }
      // Judged on the declared size first, so an oversized upload is never read into memory.
      if (upload.size > ATTACHMENT_LIMITS.maxBytes) {
        throw new RefusedAttachment(fileName, tooLarge(upload.size))
      }
      inspected.push(await inspectFile(fileName, await readFile(upload.tmpPath)))
    }
    return inspected
  }

  static async store(organizationId: number, files: InspectedFile[]): Promise<StoredFile[]> {
    const stored: StoredFile[] = []
    try {
      for (const { bytes, ...file } of files) {
        const storageKey = `attachments/${organizationId}/${randomUUID()}`
        await drive.use().put(storageKey, bytes, { contentType: file.contentType })
        stored.push({ ...file, storageKey })
      }
    } catch (error) {
      await this.discard(stored)
      throw error
    }
    return stored
  }

  /** Removes stored files whose database rows were never committed. */
  static async discard(files: { storageKey: string }[]) {
    for (const file of files) {
      await drive
        .use()
        .delete(file.storageKey)
        .catch((error) =>
          logger.warn({ err: error, key: file.storageKey }, 'orphan attachment not removed')
        )
    }
  }

  static stream(storageKey: string) {
    return drive.use().getStream(storageKey)
  }
}
