/**
 * The daily token budget, as pure decisions: the caller stores today's
 * count (and decides what "today" is), asks before each call whether it
 * may spend an estimate, and adds the real usage afterwards, also for an
 * invalid answer, whose tokens were spent all the same.
 */

/** About four characters per token for English and German text; close enough to refuse in time. */
const CHARS_PER_TOKEN = 4

/** Every message and the schema count as prompt; chat framing adds a few tokens per message. */
const TOKENS_PER_MESSAGE = 4

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN)
}

/**
 * What a request may cost at most: its prompt (messages and the
 * response format, which the server counts as prompt too) and the
 * largest answer it allows.
 */
export function estimateRequestTokens(request: {
  messages: { content: string }[]
  responseFormat?: unknown
  maxOutputTokens: number
}): number {
  const prompt = request.messages.reduce(
    (sum, message) => sum + estimateTokens(message.content) + TOKENS_PER_MESSAGE,
    0
  )
  const format = request.responseFormat ? estimateTokens(JSON.stringify(request.responseFormat)) : 0
  return prompt + format + request.maxOutputTokens
}

export type BudgetDecision =
  | { allowed: true; remaining: number | null }
  | { allowed: false; reason: 'exhausted' | 'would_exceed'; remaining: number }

/**
 * Whether a call estimated at `estimate` tokens may go out when
 * `usedToday` are spent of `dailyBudget`. No budget (null) allows
 * everything; a budget of 0 allows nothing.
 */
export function budgetDecision(input: {
  usedToday: number
  dailyBudget: number | null | undefined
  estimate: number
}): BudgetDecision {
  const { usedToday, dailyBudget, estimate } = input
  if (dailyBudget === null || dailyBudget === undefined) {
    return { allowed: true, remaining: null }
  }
  const remaining = Math.max(0, dailyBudget - usedToday)
  if (remaining === 0) {
    return { allowed: false, reason: 'exhausted', remaining }
  }
  if (estimate > remaining) {
    return { allowed: false, reason: 'would_exceed', remaining }
  }
  return { allowed: true, remaining: remaining - estimate }
}
