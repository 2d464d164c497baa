import { FNV_OFFSET_BASIS, fmix32, fnvStep } from './hashing.js'

/**
 * Text → sparse vector: word unigrams and bigrams plus character n-grams
 * within words, hashed into a fixed space (the hashing trick), so the model
 * needs no vocabulary and works for any language written in letters —
 * German compounds ("Rechnungsadresse") share their pieces through the
 * character n-grams, which is why no stemmer is needed.
 */
export interface FeatureOptions {
  /** log2 of the number of hash buckets. */
  dimensionBits: number
  /** Longest word n-gram: 1 = words, 2 = words and pairs of adjacent words. */
  wordNgrams: number
  /** Character n-grams within words (with word-boundary markers), from min to max length. */
  charNgramMin: number
  charNgramMax: number
  /**
   * Share of the vector's squared length given to word features, the rest
   * to character n-grams: a word yields a dozen character n-grams, which
   * would otherwise drown the words.
   */
  wordShare: number
  /** Only the start of a long text is read: it bounds the time per ticket. */
  maxChars: number
}

export const DEFAULT_FEATURE_OPTIONS: Readonly<FeatureOptions> = Object.freeze({
  dimensionBits: 18,
  wordNgrams: 2,
  charNgramMin: 3,
  charNgramMax: 4,
  wordShare: 0.7,
  maxChars: 4000,
})

/** Indices ascending, values the (L2-normalised) weights; same length. */
export interface SparseVector {
  indices: Uint32Array
  values: Float32Array
}

/** Letters (with combining marks) and digits; everything else separates words. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu
/** Character n-grams are taken from at most this many leading letters of a word (URLs, hashes). */
const MAX_WORD_FOR_CHARS = 40
const WORD_BASIS = fnvStep(FNV_OFFSET_BASIS, 0x01)
const CHAR_BASIS = fnvStep(FNV_OFFSET_BASIS, 0x02)
const BIGRAM_SALT = 0x9e3779b1
const WORD_START = 0x02
const WORD_END = 0x03

/**
 * Unicode-aware normalisation: NFKC composes "u" + combining diaeresis into
 * "ü" (mail clients send both), then full lowercasing ("Ä" → "ä", "ẞ" → "ß").
 */
export function normalizeText(text: string, maxChars: number): string {
  return text.slice(0, maxChars).normalize('NFKC').toLowerCase()
}

export function tokenize(text: string, maxChars = DEFAULT_FEATURE_OPTIONS.maxChars): string[] {
  return normalizeText(text, maxChars).match(WORD) ?? []
}

export function validateFeatureOptions(options: FeatureOptions): void {
  const { dimensionBits, wordNgrams, charNgramMin, charNgramMax, wordShare, maxChars } = options
  const integers = { dimensionBits, wordNgrams, charNgramMin, charNgramMax, maxChars }
  for (const [name, value] of Object.entries(integers)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`Feature option ${name} must be a non-negative integer, got ${value}`)
    }
  }
  if (dimensionBits < 4 || dimensionBits > 24) {
    throw new RangeError(`dimensionBits must be between 4 and 24, got ${dimensionBits}`)
  }
  if (wordNgrams > 2) {
    throw new RangeError(`wordNgrams must be 0, 1 or 2, got ${wordNgrams}`)
  }
  if (charNgramMax > 0 && (charNgramMin < 1 || charNgramMin > charNgramMax)) {
    throw new RangeError(`charNgramMin must be between 1 and charNgramMax, got ${charNgramMin}`)
  }
  if (!(wordShare >= 0 && wordShare <= 1)) {
    throw new RangeError(`wordShare must be between 0 and 1, got ${wordShare}`)
  }
}

/** Counts of hashed features in one block (words, or character n-grams), reset after each text. */
class Counts {
  readonly values: Float32Array
  readonly touched: number[] = []

  constructor(dimension: number) {
    this.values = new Float32Array(dimension)
  }

  add(bucket: number) {
    if (this.values[bucket] === 0) {
      this.touched.push(bucket)
    }
    this.values[bucket] += 1
  }

  /** Sublinear tf (1 + ln count) in place; returns the block's L2 norm. */
  sublinearNorm(): number {
    let squares = 0
    for (const bucket of this.touched) {
      const weight = 1 + Math.log(this.values[bucket])
      this.values[bucket] = weight
      squares += weight * weight
    }
    return Math.sqrt(squares)
  }

  /** Adds this block, scaled, into `target` and clears it. */
  drainInto(target: Counts, scale: number) {
    for (const bucket of this.touched) {
      if (scale === 0) {
        this.values[bucket] = 0
        continue
      }
      if (target.values[bucket] === 0) {
        target.touched.push(bucket)
      }
      target.values[bucket] += this.values[bucket] * scale
      this.values[bucket] = 0
    }
    this.touched.length = 0
  }
}

/**
 * Turns texts into hashed sparse vectors. It keeps three dense scratch
 * arrays of the hash space's size so that hashing allocates nothing per
 * n-gram; make one per model and reuse it.
 */
export class Featurizer {
  readonly options: Readonly<FeatureOptions>
  readonly dimension: number
  readonly #mask: number
  readonly #words: Counts
  readonly #chars: Counts
  readonly #merged: Counts

  constructor(options: Partial<FeatureOptions> = {}) {
    this.options = Object.freeze({ ...DEFAULT_FEATURE_OPTIONS, ...options })
    validateFeatureOptions(this.options)
    this.dimension = 2 ** this.options.dimensionBits
    this.#mask = this.dimension - 1
    this.#words = new Counts(this.dimension)
    this.#chars = new Counts(this.dimension)
    this.#merged = new Counts(this.dimension)
  }

  featurize(text: string): SparseVector {
    const { wordNgrams, charNgramMax, wordShare, maxChars } = this.options
    let previous = 0
    for (const word of tokenize(text, maxChars)) {
      let hash = WORD_BASIS
      for (let index = 0; index < word.length; index++) {
        hash = fnvStep(hash, word.charCodeAt(index))
      }
      if (wordNgrams >= 1) {
        this.#words.add(fmix32(hash) & this.#mask)
      }
      if (wordNgrams >= 2 && previous !== 0) {
        this.#words.add(fmix32(Math.imul(previous, BIGRAM_SALT) ^ hash) & this.#mask)
      }
      previous = hash | 1
      if (charNgramMax > 0) {
        this.#addCharNgrams(word)
      }
    }
    const wordNorm = this.#words.sublinearNorm()
    const charNorm = this.#chars.sublinearNorm()
    const wordPart = charNorm === 0 ? 1 : wordShare
    const charPart = wordNorm === 0 ? 1 : 1 - wordShare
    this.#words.drainInto(this.#merged, wordNorm === 0 ? 0 : Math.sqrt(wordPart) / wordNorm)
    this.#chars.drainInto(this.#merged, charNorm === 0 ? 0 : Math.sqrt(charPart) / charNorm)
    return this.#collect()
  }

  /** Character n-grams of "‹word›" (boundary markers included), hashed without building strings. */
  #addCharNgrams(word: string) {
    const { charNgramMin, charNgramMax } = this.options
    const length = Math.min(word.length, MAX_WORD_FOR_CHARS) + 2
    const unit = (index: number) =>
      index === 0 ? WORD_START : index === length - 1 ? WORD_END : word.charCodeAt(index - 1)
    for (let start = 0; start + charNgramMin <= length; start++) {
      let hash = CHAR_BASIS
      const end = Math.min(length, start + charNgramMax)
      for (let index = start; index < end; index++) {
        hash = fnvStep(hash, unit(index))
        if (index - start + 1 >= charNgramMin) {
          this.#chars.add(fmix32(hash) & this.#mask)
        }
      }
    }
  }

  /** The merged block as a sorted, L2-normalised sparse vector; clears the scratch. */
  #collect(): SparseVector {
    const merged = this.#merged
    const indices = Uint32Array.from(merged.touched).sort()
    const values = new Float32Array(indices.length)
    let squares = 0
    const count = indices.length
    for (let index = 0; index < count; index++) {
      const value = merged.values[indices[index]]
      values[index] = value
      squares += value * value
      merged.values[indices[index]] = 0
    }
    merged.touched.length = 0
    const scale = squares > 0 ? 1 / Math.sqrt(squares) : 0
    for (let index = 0; index < values.length; index++) {
      values[index] *= scale
    }
    return { indices, values }
  }
}
