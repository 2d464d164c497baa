import { test } from '@japa/runner'
import { fmix32, fnv1a32 } from '../engine/offline/hashing.js'
import { Featurizer, tokenize, type SparseVector } from '../engine/offline/features.js'

/** Large enough that the few features of these texts never collide. */
const wide = (options = {}) => new Featurizer({ dimensionBits: 20, ...options })

const norm = (vector: SparseVector) => Math.hypot(...vector.values)
const shared = (a: SparseVector, b: SparseVector) => {
  const inB = new Set(b.indices)
  return a.indices.filter((index) => inB.has(index)).length
}

test.group('Offline triage: hashing', () => {
  test('FNV-1a gives the reference values', ({ assert }) => {
    assert.equal(fnv1a32(''), 0x811c9dc5)
    assert.equal(fnv1a32('a'), 0xe40c292c)
    assert.equal(fnv1a32('foobar'), 0xbf9cf968)
  })

  test('the finaliser is a bijection on a sample and spreads low bits', ({ assert }) => {
    const outputs = new Set<number>()
    const lowBits = new Set<number>()
    for (let value = 0; value < 4096; value++) {
      outputs.add(fmix32(value))
      lowBits.add(fmix32(value) & 0xff)
    }
    assert.equal(outputs.size, 4096)
    assert.equal(lowBits.size, 256)
  })
})

test.group('Offline triage: features', () => {
  test('the same text gives the same vector, in any featurizer with the same settings', ({
    assert,
  }) => {
    const text = 'Die Rechnung wurde doppelt abgebucht. Invoice charged twice!'
    const first = new Featurizer().featurize(text)
    const again = new Featurizer().featurize(text)
    assert.deepEqual(Array.from(again.indices), Array.from(first.indices))
    assert.deepEqual(Array.from(again.values), Array.from(first.values))
    assert.deepEqual(Array.from(new Featurizer().featurize(text).values), Array.from(first.values))
  })

  test('vectors are sorted, unique, inside the space and of unit length', ({ assert }) => {
    const featurizer = new Featurizer({ dimensionBits: 10 })
    const vector = featurizer.featurize(
      'Server nicht erreichbar seit gestern, error 503 '.repeat(5)
    )
    for (let index = 1; index < vector.indices.length; index++) {
      assert.isAbove(vector.indices[index], vector.indices[index - 1])
    }
    assert.isBelow(Math.max(...vector.indices), 1024)
    assert.closeTo(norm(vector), 1, 1e-6)
    assert.isTrue(vector.values.every((value) => value > 0))
  })

  test('an empty text or one without letters gives an empty vector', ({ assert }) => {
    assert.equal(new Featurizer().featurize('').indices.length, 0)
    assert.equal(new Featurizer().featurize(' -- !! ').indices.length, 0)
  })

  test('German letters are kept, lowercased and composed', ({ assert }) => {
    assert.deepEqual(tokenize('ÜBER die Straße, GRÜẞE & Ärger'), [
      'über',
      'die',
      'straße',
      'grüße',
      'ärger',
    ])
    const composed = wide().featurize('Rückerstattung für Kunden')
    const decomposed = wide().featurize('Ru\u0308ckerstattung fu\u0308r KUNDEN')
    assert.deepEqual(Array.from(decomposed.indices), Array.from(composed.indices))
    assert.notDeepEqual(
      Array.from(wide().featurize('für').indices),
      Array.from(wide().featurize('fur').indices)
    )
  })

  test('a word yields its unigram and its character n-grams with boundaries', ({ assert }) => {
    // "‹ab›": 3-grams ‹ab, ab›; 4-gram ‹ab›; plus the word itself
    assert.equal(wide().featurize('ab').indices.length, 4)
    // "‹abcd›": 3-grams ×4, 4-grams ×3 (the default stops at 4), plus the word
    assert.equal(wide().featurize('abcd').indices.length, 8)
    // … and 5-grams ×2 when asked for
    assert.equal(wide({ charNgramMax: 5 }).featurize('abcd').indices.length, 10)
    assert.equal(wide({ charNgramMax: 0 }).featurize('abcd').indices.length, 1)
  })

  test('adjacent words form a bigram: word order changes exactly that feature', ({ assert }) => {
    const forward = wide().featurize('invoice wrong')
    const backward = wide().featurize('wrong invoice')
    assert.equal(forward.indices.length, backward.indices.length)
    assert.equal(shared(forward, backward), forward.indices.length - 1)
    const unigrams = wide({ wordNgrams: 1 })
    assert.equal(
      shared(unigrams.featurize('invoice wrong'), unigrams.featurize('wrong invoice')),
      unigrams.featurize('invoice wrong').indices.length
    )
  })

  test('a compound shares character n-grams with its parts', ({ assert }) => {
    const compound = wide({ wordNgrams: 0 }).featurize('Rechnungsadresse')
    assert.isAbove(shared(compound, wide({ wordNgrams: 0 }).featurize('Rechnung')), 5)
    assert.isAbove(shared(compound, wide({ wordNgrams: 0 }).featurize('Adresse')), 5)
    assert.equal(shared(compound, wide({ wordNgrams: 0 }).featurize('Passwort')), 0)
  })

  test('repeated words count sublinearly', ({ assert }) => {
    const words = wide({ charNgramMax: 0, wordNgrams: 1 })
    const once = words.featurize('refund invoice')
    const often = words.featurize('refund refund refund refund invoice')
    const [first, second] = Array.from(often.values)
    const ratio = Math.max(first, second) / Math.min(first, second)
    assert.closeTo(ratio, 1 + Math.log(4), 1e-5)
    assert.closeTo(once.values[0], once.values[1], 1e-7)
  })

  test('settings out of range are refused', ({ assert }) => {
    assert.throws(() => new Featurizer({ dimensionBits: 30 }), /dimensionBits/)
    assert.throws(() => new Featurizer({ charNgramMin: 6, charNgramMax: 5 }), /charNgramMin/)
    assert.throws(() => new Featurizer({ wordShare: 2 }), /wordShare/)
  })
})
