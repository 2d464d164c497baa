import { gunzipSync, gzipSync } from 'node:zlib'
import { validateFeatureOptions } from './features.js'
import { ENGINE, type OfflineModel } from './model.js'

/**
 * A model as bytes for one database row (bytea). Layout, gzipped:
 *
 *   "SWTM" | u32 header length | header (JSON: meta, settings, temperature)
 *   | bias f32 × classes | scales f32 × classes
 *   | bitmap of the buckets that have a non-zero weight (1 bit each)
 *   | int8 weights × classes of each such bucket, in bucket order
 *
 * Buckets no training ticket hashed into are all zero and cost one bit;
 * numbers are little-endian whatever the machine.
 */

const MAGIC = 'SWTM'

export class ModelFormatError extends Error {
  constructor(message: string) {
    super(`Not a stored offline triage model: ${message}`)
    this.name = 'ModelFormatError'
  }
}

export function serialize(model: OfflineModel): Buffer {
  const { classes, dimension, bias, scales, weights } = model.weights
  const header = Buffer.from(
    JSON.stringify({
      meta: model.meta,
      features: model.features,
      optimizer: model.optimizer,
      temperature: model.temperature,
      classes,
      dimension,
    })
  )
  const bitmap = new Uint8Array(Math.ceil(dimension / 8))
  let present = 0
  for (let bucket = 0; bucket < dimension; bucket++) {
    if (!isZeroRow(weights, bucket, classes)) {
      bitmap[bucket >> 3] |= 1 << (bucket & 7)
      present += 1
    }
  }
  const rows = new Int8Array(present * classes)
  let next = 0
  for (let bucket = 0; bucket < dimension; bucket++) {
    if (bitmap[bucket >> 3] & (1 << (bucket & 7))) {
      rows.set(weights.subarray(bucket * classes, (bucket + 1) * classes), next)
      next += classes
    }
  }
  const prefix = Buffer.alloc(8)
  prefix.write(MAGIC, 0, 'latin1')
  prefix.writeUInt32LE(header.length, 4)
  return gzipSync(
    Buffer.concat([
      prefix,
      header,
      floats(bias),
      floats(scales),
      bitmap,
      new Uint8Array(rows.buffer),
    ])
  )
}

export function deserialize(stored: Uint8Array): OfflineModel {
  let bytes: Buffer
  try {
    bytes = gunzipSync(stored)
  } catch {
    throw new ModelFormatError('the data is not gzip')
  }
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MAGIC) {
    throw new ModelFormatError('the data does not start with the model signature')
  }
  const headerEnd = 8 + bytes.readUInt32LE(4)
  const header = parseHeader(bytes.toString('utf8', 8, headerEnd))
  const { classes, dimension } = header
  const bias = readFloats(bytes, headerEnd, classes)
  const scales = readFloats(bytes, headerEnd + 4 * classes, classes)
  const bitmapStart = headerEnd + 8 * classes
  const bitmap = bytes.subarray(bitmapStart, bitmapStart + Math.ceil(dimension / 8))
  const weights = new Int8Array(dimension * classes)
  let next = bitmapStart + bitmap.length
  for (let bucket = 0; bucket < dimension; bucket++) {
    if (bitmap[bucket >> 3] & (1 << (bucket & 7))) {
      if (next + classes > bytes.length) {
        throw new ModelFormatError('the weights are cut short')
      }
      weights.set(new Int8Array(bytes.buffer, bytes.byteOffset + next, classes), bucket * classes)
      next += classes
    }
  }
  if (next !== bytes.length) {
    throw new ModelFormatError('there are bytes after the weights')
  }
  return {
    meta: header.meta,
    features: header.features,
    optimizer: header.optimizer,
    temperature: header.temperature,
    weights: { classes, dimension, bias, scales, weights },
  }
}

type Header = Omit<OfflineModel, 'weights'> & { classes: number; dimension: number }

function parseHeader(text: string): Header {
  let header: Header
  try {
    header = JSON.parse(text)
  } catch {
    throw new ModelFormatError('the header is not JSON')
  }
  if (header?.meta?.engine !== ENGINE) {
    throw new ModelFormatError(`it was made by engine ${header?.meta?.engine}, not ${ENGINE}`)
  }
  try {
    validateFeatureOptions(header.features)
  } catch (error) {
    throw new ModelFormatError((error as Error).message)
  }
  const { classes, dimension, meta, temperature } = header
  if (dimension !== 2 ** header.features.dimensionBits || meta.labels?.length !== classes) {
    throw new ModelFormatError('its sizes disagree with its settings')
  }
  if (!(temperature > 0)) {
    throw new ModelFormatError(`its temperature ${temperature} is not positive`)
  }
  return header
}

function isZeroRow(weights: Int8Array, bucket: number, classes: number): boolean {
  for (let at = bucket * classes; at < (bucket + 1) * classes; at++) {
    if (weights[at] !== 0) {
      return false
    }
  }
  return true
}

function floats(values: Float32Array): Buffer {
  const bytes = Buffer.alloc(values.length * 4)
  values.forEach((value, index) => bytes.writeFloatLE(value, index * 4))
  return bytes
}

function readFloats(bytes: Buffer, offset: number, count: number): Float32Array {
  if (offset + count * 4 > bytes.length) {
    throw new ModelFormatError('the weights are cut short')
  }
  return Float32Array.from({ length: count }, (_, index) => bytes.readFloatLE(offset + index * 4))
}
