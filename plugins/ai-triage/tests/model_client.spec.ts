import { test } from '@japa/runner'
import { suggest } from '../engine/model/model_client.js'
import { OpenAIStandIn, answer } from './support/openai_stand_in.js'
import { goodAnswer, settingsFor, taxonomy } from './support/taxonomy.js'

/*
 * The real openai client against a local stand-in server. These tests
 * pass the global fetch: the stand-in listens on 127.0.0.1, and the
 * guarded `context.http.fetch` needs a plugin context, which only the
 * plugin's own manifest can give (pluginTestContext). What the engine
 * hands the guard is tested in model_client_guard.spec.ts.
 */

const ticket = {
  title: 'Printer jams again',
  description:
    'The printer on floor 3 jams on every job. Call me at +49 30 12345678 or write to anna.schmidt@example.de.',
}

test.group('Model engine: a suggestion from an OpenAI-compatible server', (group) => {
  let server: OpenAIStandIn
  group.each.setup(async () => {
    server = await OpenAIStandIn.start()
    return () => server.close()
  })

  test('a good answer becomes fields with confidences, usage and the model version', async ({
    assert,
  }) => {
    server.script(answer(goodAnswer, { usage: { prompt_tokens: 530, completion_tokens: 88 } }))
    const suggestion = await suggest({
      ...ticket,
      taxonomy,
      settings: settingsFor(server.baseUrl),
      fetch,
    })

    assert.deepInclude(suggestion, {
      groupId: 1,
      categoryId: 10,
      subcategoryId: 101,
      priority: 'high',
      sentiment: 'negative',
      language: 'de',
      escalate: false,
      modelVersion: 'gpt-4o-2024-08-06',
      fingerprint: 'fp_standin01',
    })
    assert.deepEqual(suggestion.confidence, goodAnswer.confidence)
    assert.deepEqual(suggestion.usage, {
      promptTokens: 530,
      completionTokens: 88,
      totalTokens: 618,
    })
  })

  test('the request carries the model, the key and the schema of the taxonomy', async ({
    assert,
  }) => {
    server.script(answer(goodAnswer))
    await suggest({ ...ticket, taxonomy, settings: settingsFor(server.baseUrl), fetch })

    const [request] = server.completions
    assert.equal(request.headers.authorization, 'Bearer sk-test-standin-key')
    assert.equal(request.body.model, 'gpt-4o')
    assert.equal(request.body.max_completion_tokens, 1000)
    assert.equal(request.body.response_format.type, 'json_schema')
    assert.isTrue(request.body.response_format.json_schema.strict)
    assert.include(
      request.body.response_format.json_schema.schema.properties.placement.enum,
      'IT Support › Hardware › Printer'
    )
    assert.deepEqual(
      request.body.messages.map((message: { role: string }) => message.role),
      ['system', 'user']
    )
  })

  test('with redaction, the server never sees e-mail addresses or phone numbers', async ({
    assert,
  }) => {
    server.script(answer(goodAnswer))
    await suggest({ ...ticket, taxonomy, settings: settingsFor(server.baseUrl), fetch })

    const sent = JSON.stringify(server.completions[0].body.messages)
    assert.notInclude(sent, 'anna.schmidt@example.de')
    assert.notInclude(sent, '12345678')
    assert.include(sent, 'Call me at [phone] or write to [email].')
  })

  test('without redaction, the text goes as written', async ({ assert }) => {
    server.script(answer(goodAnswer))
    const settings = settingsFor(server.baseUrl, { redact: false })
    await suggest({ ...ticket, taxonomy, settings, fetch })

    const sent = JSON.stringify(server.completions[0].body.messages)
    assert.include(sent, 'anna.schmidt@example.de')
    assert.include(sent, '+49 30 12345678')
  })

  test('a local server without a key gets no Authorization header', async ({ assert }) => {
    server.script(answer(goodAnswer))
    const settings = settingsFor(server.baseUrl, { apiKey: '', model: 'llama3.1:8b' })
    const suggestion = await suggest({ ...ticket, taxonomy, settings, fetch })

    assert.notProperty(server.completions[0].headers, 'authorization')
    assert.equal(suggestion.modelVersion, 'llama3.1:8b-2024-08-06')
  })

  test('a server that sends no usage is charged the estimate', async ({ assert }) => {
    server.script(answer(goodAnswer, { usage: null }))
    const suggestion = await suggest({
      ...ticket,
      taxonomy,
      settings: settingsFor(server.baseUrl),
      fetch,
    })
    assert.isAbove(suggestion.usage.promptTokens, 1000) // includes the answer's allowance
    assert.equal(
      suggestion.usage.totalTokens,
      suggestion.usage.promptTokens + suggestion.usage.completionTokens
    )
  })
})
