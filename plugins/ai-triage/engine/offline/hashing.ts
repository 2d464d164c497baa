/**
 * The hashes behind the hashing trick. They are written here rather than
 * taken from node:crypto because features are hashed a thousand times per
 * ticket (crypto's per-call cost would dominate) and because a stored model
 * is only usable if the same text hashes to the same bucket forever: these
 * functions must never change for a given model format.
 */

export const FNV_OFFSET_BASIS = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** One FNV-1a step: mixes one UTF-16 code unit (or any 32-bit value) into the hash. */
export function fnvStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME)
}

/**
 * FNV-1a over the string's UTF-16 code units (for ASCII text it equals
 * FNV-1a over the bytes), as an unsigned 32-bit integer.
 */
export function fnv1a32(text: string, basis: number = FNV_OFFSET_BASIS): number {
  let hash = basis
  for (let index = 0; index < text.length; index++) {
    hash = fnvStep(hash, text.charCodeAt(index))
  }
  return hash >>> 0
}

/**
 * MurmurHash3's 32-bit finaliser: FNV-1a's low bits are weak for short
 * inputs, and the bucket is taken from the low bits, so every hash is
 * avalanched through this before it is masked.
 */
export function fmix32(value: number): number {
  let hash = value
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}
