import { PRIORITIES, SENTIMENTS, type Taxonomy } from './types.js'

/** One place a ticket can go: a group, optionally narrowed to a category and a subcategory. */
export type Placement = {
  /** What the model answers: the enum value standing for this place. */
  key: string
  /** `Group › Category › Subcategory`, for people and the prompt. */
  label: string
  groupId: number
  categoryId: number | null
  subcategoryId: number | null
}

export type JsonSchema = { [keyword: string]: unknown }

export type ResponseFormat = {
  type: 'json_schema'
  json_schema: { name: string; strict: true; schema: JsonSchema }
}

export type TaxonomySchema = {
  responseFormat: ResponseFormat
  /** key → place; every enum value of `placement` is here, and nothing else. */
  placements: Map<string, Placement>
  /** `labels`: keys are the readable paths; `ids`: compact `g1/c2/s3` keys (a large taxonomy). */
  keys: 'labels' | 'ids'
}

/**
 * OpenAI's strict mode caps enums: at most 1 000 values in a schema, and
 * a string enum of more than 250 values may hold 15 000 characters in
 * all. The other enums (priority, sentiment) take 7 of the 1 000.
 */
const MAX_PLACEMENTS = 990
const MAX_LONG_ENUM_VALUES = 250
const MAX_LONG_ENUM_CHARS = 15_000

const SEPARATOR = ' › '

/** Every place of the tree, group first, then its categories, each followed by its subcategories. */
function placesOf(taxonomy: Taxonomy, deepest: 'group' | 'category' | 'subcategory') {
  const places: Omit<Placement, 'key'>[] = []
  for (const group of taxonomy.groups) {
    places.push({ label: group.name, groupId: group.id, categoryId: null, subcategoryId: null })
    if (deepest === 'group') continue
    for (const category of group.categories) {
      const label = group.name + SEPARATOR + category.name
      places.push({ label, groupId: group.id, categoryId: category.id, subcategoryId: null })
      if (deepest === 'category') continue
      for (const subcategory of category.subcategories) {
        places.push({
          label: label + SEPARATOR + subcategory.name,
          groupId: group.id,
          categoryId: category.id,
          subcategoryId: subcategory.id,
        })
      }
    }
  }
  return places
}

/** Two places with the same names (two "Other" groups) stay apart by their deepest id. */
function labelKeys(places: Omit<Placement, 'key'>[]): Placement[] {
  const counts = new Map<string, number>()
  places.forEach((place) => counts.set(place.label, (counts.get(place.label) ?? 0) + 1))
  return places.map((place) => ({
    ...place,
    key:
      counts.get(place.label) === 1
        ? place.label
        : `${place.label} (#${place.subcategoryId ?? place.categoryId ?? place.groupId})`,
  }))
}

function idKeys(places: Omit<Placement, 'key'>[]): Placement[] {
  return places.map((place) => ({
    ...place,
    key: [
      `g${place.groupId}`,
      ...(place.categoryId === null ? [] : [`c${place.categoryId}`]),
      ...(place.subcategoryId === null ? [] : [`s${place.subcategoryId}`]),
    ].join('/'),
  }))
}

function fitsOneEnum(placements: Placement[]) {
  if (placements.length <= MAX_LONG_ENUM_VALUES) return true
  const chars = placements.reduce((sum, place) => sum + place.key.length, 0)
  return placements.length <= MAX_PLACEMENTS && chars <= MAX_LONG_ENUM_CHARS
}

/**
 * The places as enum values. Readable paths while they fit, because the
 * model then chooses among meanings rather than among numbers; compact
 * id keys (listed with their paths in the prompt) for a taxonomy too
 * large for that; and when even those are too many, the deepest level
 * goes (the ticket gets a group and category, an agent the subcategory).
 */
function choosePlacements(taxonomy: Taxonomy) {
  for (const deepest of ['subcategory', 'category', 'group'] as const) {
    const places = placesOf(taxonomy, deepest)
    const readable = labelKeys(places)
    if (fitsOneEnum(readable)) return { placements: readable, keys: 'labels' as const }
    const compact = idKeys(places)
    if (fitsOneEnum(compact)) return { placements: compact, keys: 'ids' as const }
  }
  throw new RangeError('the taxonomy has more groups than a structured answer can name')
}

const confidence = (what: string): JsonSchema => ({
  type: 'number',
  description: `How sure you are of ${what}, from 0 (a guess) to 1 (certain).`,
})

/**
 * The structured-output format for one organization's taxonomy: within
 * OpenAI's strict subset (every property required, no additional
 * properties, no numeric or length keywords, which some compatible
 * servers reject), so the answer can only name real places. A server
 * that ignores schemas can still answer anything: the answer is checked
 * again (model_answer.ts).
 */
export function buildTaxonomySchema(taxonomy: Taxonomy): TaxonomySchema {
  const { placements, keys } = choosePlacements(taxonomy)
  const placement: JsonSchema =
    placements.length === 0
      ? { type: 'null', description: 'The organization has no groups: always null.' }
      : {
          type: 'string',
          enum: placements.map((place) => place.key),
          description:
            'Where the ticket belongs: the most specific group › category › subcategory you are sure of.',
        }
  const schema: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    required: [
      'placement',
      'priority',
      'sentiment',
      'language',
      'summary',
      'reply',
      'escalate',
      'confidence',
    ],
    properties: {
      placement,
      priority: { type: 'string', enum: [...PRIORITIES] },
      sentiment: { type: 'string', enum: [...SENTIMENTS], description: "The requester's mood." },
      language: {
        type: 'string',
        description:
          "The ticket's language as an ISO 639-1 code: two lower-case letters, e.g. en, de.",
      },
      summary: { type: 'string', description: 'One or two sentences for an agent.' },
      reply: {
        type: 'string',
        description: "A suggested first reply to the requester, in the ticket's language.",
      },
      escalate: {
        type: 'boolean',
        description: 'True when a person should look at this ticket urgently.',
      },
      confidence: {
        type: 'object',
        additionalProperties: false,
        required: [
          'group',
          'category',
          'subcategory',
          'priority',
          'sentiment',
          'language',
          'escalate',
        ],
        properties: {
          group: confidence('the group'),
          category: confidence('the category (or that there is none)'),
          subcategory: confidence('the subcategory (or that there is none)'),
          priority: confidence('the priority'),
          sentiment: confidence('the sentiment'),
          language: confidence('the language'),
          escalate: confidence('escalate'),
        },
      },
    },
  }
  return {
    responseFormat: {
      type: 'json_schema',
      json_schema: { name: 'ticket_triage', strict: true, schema },
    },
    placements: new Map(placements.map((place) => [place.key, place])),
    keys,
  }
}
