import { test } from '@japa/runner'
import { InvalidModelAnswer } from '../engine/model/errors.js'
import { parseModelAnswer } from '../engine/model/model_answer.js'
import { buildTaxonomySchema } from '../engine/model/taxonomy_schema.js'
import type { Taxonomy } from '../engine/model/types.js'
import { goodAnswer, taxonomy } from './support/taxonomy.js'

const range = (count: number) => [...Array(count).keys()]

const usage = { promptTokens: 10, completionTokens: 5, totalTokens: 15 }

/** Every object of a schema, nested ones included. */
function objectsOf(schema: any): any[] {
  if (typeof schema !== 'object' || schema === null) return []
  const own = schema.type === 'object' ? [schema] : []
  return [...own, ...Object.values(schema.properties ?? {}).flatMap(objectsOf)]
}

test.group('Model engine: the structured-output schema of a taxonomy', () => {
  test('the placement is an enum of every real place, group first, then its categories and subcategories', ({
    assert,
  }) => {
    const { responseFormat, keys } = buildTaxonomySchema(taxonomy)
    const schema = responseFormat.json_schema.schema as any

    assert.equal(keys, 'labels')
    assert.deepEqual(schema.properties.placement.enum, [
      'IT Support',
      'IT Support › Hardware',
      'IT Support › Hardware › Laptop',
      'IT Support › Hardware › Printer',
      'IT Support › Accounts',
      'IT Support › Accounts › Password reset',
      'Billing',
      'Billing › Invoices',
    ])
    assert.deepEqual(schema.properties.priority.enum, ['low', 'medium', 'high', 'critical'])
    assert.deepEqual(schema.properties.sentiment.enum, ['negative', 'neutral', 'positive'])
    assert.equal(schema.properties.language.type, 'string')
    assert.equal(schema.properties.escalate.type, 'boolean')
  })

  test("stays within OpenAI's strict mode: every property required, no additional ones", ({
    assert,
  }) => {
    const { responseFormat } = buildTaxonomySchema(taxonomy)
    assert.equal(responseFormat.type, 'json_schema')
    assert.isTrue(responseFormat.json_schema.strict)
    assert.match(responseFormat.json_schema.name, /^[\w-]{1,64}$/)

    const objects = objectsOf(responseFormat.json_schema.schema)
    assert.lengthOf(objects, 2) // the answer and its confidences
    for (const object of objects) {
      assert.isFalse(object.additionalProperties)
      assert.sameMembers(object.required, Object.keys(object.properties))
    }
    assert.sameMembers(Object.keys((objects[1] as any).properties), [
      'group',
      'category',
      'subcategory',
      'priority',
      'sentiment',
      'language',
      'escalate',
    ])
    // Keywords some compatible servers refuse are left to our own check of the answer.
    assert.notInclude(JSON.stringify(responseFormat), '"minimum"')
  })

  test('each place maps back to its ids', ({ assert }) => {
    const { placements } = buildTaxonomySchema(taxonomy)
    assert.deepInclude(placements.get('IT Support › Hardware › Printer'), {
      groupId: 1,
      categoryId: 10,
      subcategoryId: 101,
    })
    assert.deepInclude(placements.get('Billing'), {
      groupId: 2,
      categoryId: null,
      subcategoryId: null,
    })
  })

  test('two places with the same names are told apart by id', ({ assert }) => {
    const twins: Taxonomy = {
      groups: [
        { id: 1, name: 'Other', categories: [] },
        { id: 2, name: 'Other', categories: [] },
      ],
    }
    assert.deepEqual(
      [...buildTaxonomySchema(twins).placements.keys()],
      ['Other (#1)', 'Other (#2)']
    )
  })

  test('a taxonomy too large for readable paths gets compact id keys', ({ assert }) => {
    const large: Taxonomy = {
      groups: range(20).map((g) => ({
        id: g + 1,
        name: `Department number ${g + 1}`,
        categories: range(6).map((c) => ({
          id: (g + 1) * 100 + c,
          name: `A fairly long category name ${c}`,
          subcategories: range(3).map((s) => ({
            id: (g + 1) * 10_000 + c * 10 + s,
            name: `Subcategory ${s}`,
          })),
        })),
      })),
    }
    const schema = buildTaxonomySchema(large)
    assert.equal(schema.keys, 'ids')
    assert.lengthOf(schema.placements, 20 + 20 * 6 + 20 * 6 * 3)
    assert.deepInclude(schema.placements.get('g3/c301/s30012'), {
      groupId: 3,
      categoryId: 301,
      subcategoryId: 30012,
      label: 'Department number 3 › A fairly long category name 1 › Subcategory 2',
    })
  })

  test('an organization without groups can only answer null', ({ assert }) => {
    const { responseFormat, placements } = buildTaxonomySchema({ groups: [] })
    assert.deepInclude((responseFormat.json_schema.schema as any).properties.placement, {
      type: 'null',
    })
    const fields = parseModelAnswer(
      JSON.stringify({ ...goodAnswer, placement: null }),
      placements,
      usage
    )
    assert.isNull(fields.groupId)
  })
})

test.group('Model engine: checking an answer against the taxonomy', () => {
  const { placements } = buildTaxonomySchema(taxonomy)

  test('a good answer becomes ids, fields and confidences', ({ assert }) => {
    const fields = parseModelAnswer(JSON.stringify(goodAnswer), placements, usage)
    assert.deepEqual(fields, {
      groupId: 1,
      categoryId: 10,
      subcategoryId: 101,
      priority: 'high',
      sentiment: 'negative',
      language: 'de',
      summary: goodAnswer.summary,
      reply: goodAnswer.reply,
      escalate: false,
      confidence: goodAnswer.confidence,
    })
  })

  test('{title} is an invalid answer')
    .with([
      { title: 'a category that does not exist', change: { placement: 'IT Support › Coffee' } },
      { title: 'an id instead of a place', change: { placement: 10 } },
      { title: 'an unknown priority', change: { priority: 'urgent' } },
      { title: 'a language that is no ISO 639-1 code', change: { language: 'German' } },
      {
        title: 'a confidence above 1',
        change: { confidence: { ...goodAnswer.confidence, group: 1.4 } },
      },
      { title: 'an empty summary', change: { summary: ' ' } },
      { title: 'escalate as a word', change: { escalate: 'no' } },
    ])
    .run(({ assert }, { change }) => {
      const content = JSON.stringify({ ...goodAnswer, ...change })
      const error = assert.throws(() => parseModelAnswer(content, placements, usage))
      assert.instanceOf(error, InvalidModelAnswer)
      assert.deepEqual((error as unknown as InvalidModelAnswer).usage, usage)
    })

  test('text that is not JSON is an invalid answer', ({ assert }) => {
    assert.throws(
      () => parseModelAnswer('Sure! Here is the triage: ...', placements, usage),
      'the answer is not JSON'
    )
  })
})
