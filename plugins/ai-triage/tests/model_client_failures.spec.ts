import { test } from '@japa/runner'
import { InvalidModelAnswer, ModelUnavailable } from '../engine/model/errors.js'
import { estimateSuggestionTokens, suggest } from '../engine/model/model_client.js'
import { OpenAIStandIn, answer, badRequest, hang, rateLimited } from './support/openai_stand_in.js'
import { goodAnswer, settingsFor, taxonomy } from './support/taxonomy.js'

const ticket = { title: 'VPN down', description: 'Nobody in Hamburg can connect since 9.' }

/** The error `work` rejects with, for assertions on its fields. */
async function rejection(work: Promise<unknown>) {
  try {
    await work
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

test.group('Model engine: when the model fails', (group) => {
  let server: OpenAIStandIn
  group.each.setup(async () => {
    server = await OpenAIStandIn.start()
    return () => server.close()
  })

  test('a 429 is retried after its Retry-After, then the answer is used', async ({ assert }) => {
    server.script(rateLimited(1), answer(goodAnswer))
    const suggestion = await suggest({
      ...ticket,
      taxonomy,
      settings: settingsFor(server.baseUrl),
      fetch,
    })

    assert.equal(suggestion.subcategoryId, 101)
    const [first, second] = server.completions
    assert.lengthOf(server.completions, 2)
    assert.isAtLeast(second.at - first.at, 1000)
    assert.equal(second.headers['x-stainless-retry-count'], '1')
  })

  test('a Retry-After past the deadline is not waited for', async ({ assert }) => {
    server.script(rateLimited(60), answer(goodAnswer))
    const started = performance.now()
    const error = await rejection(
      suggest({ ...ticket, taxonomy, settings: settingsFor(server.baseUrl), fetch })
    )

    assert.instanceOf(error, ModelUnavailable)
    assert.include(error as ModelUnavailable, {
      reason: 'rate_limited',
      status: 429,
      retryAfterMs: 60_000,
    })
    assert.isBelow(performance.now() - started, 1000)
    assert.lengthOf(server.completions, 1)
  })

  test('a 400 is ModelUnavailable at once, without a retry', async ({ assert }) => {
    server.script(
      badRequest(
        "Invalid schema for response_format 'ticket_triage': 'minimum' is not permitted.",
        'response_format'
      ),
      answer(goodAnswer)
    )
    const error = await rejection(
      suggest({ ...ticket, taxonomy, settings: settingsFor(server.baseUrl), fetch })
    )

    assert.instanceOf(error, ModelUnavailable)
    assert.include(error as ModelUnavailable, { reason: 'http', status: 400 })
    assert.include((error as Error).message, 'Invalid schema')
    assert.lengthOf(server.completions, 1)
  })

  test('a 503 is retried', async ({ assert }) => {
    server.script(
      {
        kind: 'error',
        status: 503,
        headers: { 'retry-after': '0' },
        body: { error: { message: 'overloaded', type: 'server_error', param: null, code: null } },
      },
      answer(goodAnswer)
    )
    const suggestion = await suggest({
      ...ticket,
      taxonomy,
      settings: settingsFor(server.baseUrl),
      fetch,
    })
    assert.equal(suggestion.groupId, 1)
    assert.lengthOf(server.completions, 2)
  })

  test('a server that does not answer is ModelUnavailable when the deadline passes', async ({
    assert,
  }) => {
    server.script(hang(), hang(), hang())
    const started = performance.now()
    const error = await rejection(
      suggest({
        ...ticket,
        taxonomy,
        settings: settingsFor(server.baseUrl, { timeoutMs: 800 }),
        fetch,
      })
    )
    const elapsed = performance.now() - started

    assert.instanceOf(error, ModelUnavailable)
    assert.equal((error as ModelUnavailable).reason, 'timeout')
    assert.isAtLeast(elapsed, 790)
    assert.isBelow(elapsed, 1500)
  })

  test('the handler stopping (context.signal) stops the call', async ({ assert }) => {
    server.script(hang())
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    const error = await rejection(
      suggest({
        ...ticket,
        taxonomy,
        settings: settingsFor(server.baseUrl),
        fetch,
        signal: controller.signal,
      })
    )
    assert.equal((error as ModelUnavailable).reason, 'aborted')
  })

  test('an answer naming a category that does not exist is InvalidModelAnswer, with its usage', async ({
    assert,
  }) => {
    server.script(answer({ ...goodAnswer, placement: 'IT Support › Coffee machines' }))
    const error = await rejection(
      suggest({ ...ticket, taxonomy, settings: settingsFor(server.baseUrl), fetch })
    )

    assert.instanceOf(error, InvalidModelAnswer)
    assert.include(
      (error as Error).message,
      '"IT Support › Coffee machines" is not in the taxonomy'
    )
    assert.deepEqual((error as InvalidModelAnswer).usage, {
      promptTokens: 412,
      completionTokens: 96,
      totalTokens: 508,
    })
    assert.lengthOf(server.completions, 1)
  })

  test('{title} is InvalidModelAnswer')
    .with([
      { title: 'prose instead of JSON', reply: answer('The ticket is about a VPN outage.') },
      {
        title: 'a refusal',
        reply: answer(null, { refusal: "I'm sorry, I can't help with that." }),
      },
      {
        title: 'an answer cut off',
        reply: answer('{"placement": "IT Sup', { finishReason: 'length' }),
      },
    ])
    .run(async ({ assert }, { reply }) => {
      server.script(reply)
      const error = await rejection(
        suggest({ ...ticket, taxonomy, settings: settingsFor(server.baseUrl), fetch })
      )
      assert.instanceOf(error, InvalidModelAnswer)
    })

  test('a call the daily budget cannot afford never goes out', async ({ assert }) => {
    const settings = settingsFor(server.baseUrl)
    const estimate = estimateSuggestionTokens({ ...ticket, taxonomy, settings })
    const error = await rejection(
      suggest({
        ...ticket,
        taxonomy,
        settings,
        fetch,
        budget: { usedToday: 50_000 - estimate + 1, dailyBudget: 50_000 },
      })
    )

    assert.equal((error as ModelUnavailable).reason, 'over_budget')
    assert.lengthOf(server.requests, 0)
  })

  test('a server that is not there is ModelUnavailable (network)', async ({ assert }) => {
    const gone = server.baseUrl
    await server.close()
    server = await OpenAIStandIn.start()
    const error = await rejection(
      suggest({
        ...ticket,
        taxonomy,
        settings: settingsFor(gone, { maxRetries: 0 }),
        fetch,
      })
    )
    assert.equal((error as ModelUnavailable).reason, 'network')
  })
})
