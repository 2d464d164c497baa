import { InvalidModelAnswer } from './errors.js'
import type { Placement } from './taxonomy_schema.js'
import {
  PRIORITIES,
  SENTIMENTS,
  type Confidences,
  type ModelFields,
  type TokenUsage,
} from './types.js'

const CONFIDENCE_FIELDS = [
  'group',
  'category',
  'subcategory',
  'priority',
  'sentiment',
  'language',
  'escalate',
] as const satisfies readonly (keyof Confidences)[]

type Answer = Record<string, unknown>

/** Collects what is wrong, so one error names every problem of the answer. */
class Checker {
  problems: string[] = []

  constructor(private answer: Answer) {}

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.answer[field]
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T
    this.problems.push(`${field} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`)
    return allowed[0]
  }

  text(field: string): string {
    const value = this.answer[field]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    this.problems.push(`${field} is not a text`)
    return ''
  }

  flag(field: string): boolean {
    const value = this.answer[field]
    if (typeof value === 'boolean') return value
    this.problems.push(`${field} is not true or false`)
    return false
  }

  confidences(): Confidences {
    const given = this.answer.confidence
    const record: Answer = typeof given === 'object' && given !== null ? (given as Answer) : {}
    const result = {} as Confidences
    for (const field of CONFIDENCE_FIELDS) {
      const value = record[field]
      if (typeof value === 'number' && value >= 0 && value <= 1) {
        result[field] = value
      } else {
        this.problems.push(`confidence.${field} ${JSON.stringify(value)} is not between 0 and 1`)
        result[field] = 0
      }
    }
    return result
  }
}

/**
 * The model's JSON answer as fields, checked again here: a schema binds
 * OpenAI in strict mode, but a compatible server may ignore it, and a
 * place that is not in the organization's active taxonomy must never
 * reach a ticket. Throws InvalidModelAnswer naming every problem.
 */
export function parseModelAnswer(
  content: string,
  placements: Map<string, Placement>,
  usage: TokenUsage
): ModelFields {
  let answer: unknown
  try {
    answer = JSON.parse(content)
  } catch {
    throw new InvalidModelAnswer('the answer is not JSON', usage, content)
  }
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
    throw new InvalidModelAnswer('the answer is not a JSON object', usage, content)
  }
  const check = new Checker(answer as Answer)
  const raw = (answer as Answer).placement
  const place = typeof raw === 'string' ? placements.get(raw) : undefined
  const noGroups = placements.size === 0 && raw === null
  if (!place && !noGroups) {
    check.problems.push(`placement ${JSON.stringify(raw)} is not in the taxonomy`)
  }
  const language = (answer as Answer).language
  const code = typeof language === 'string' ? language.trim().toLowerCase() : ''
  if (!/^[a-z]{2}$/.test(code)) {
    check.problems.push(`language ${JSON.stringify(language)} is not an ISO 639-1 code`)
  }
  const fields: ModelFields = {
    groupId: place?.groupId ?? null,
    categoryId: place?.categoryId ?? null,
    subcategoryId: place?.subcategoryId ?? null,
    priority: check.oneOf('priority', PRIORITIES),
    sentiment: check.oneOf('sentiment', SENTIMENTS),
    language: code,
    summary: check.text('summary'),
    reply: check.text('reply'),
    escalate: check.flag('escalate'),
    confidence: check.confidences(),
  }
  if (check.problems.length > 0) {
    throw new InvalidModelAnswer(`invalid answer: ${check.problems.join('; ')}`, usage, content)
  }
  return fields
}
