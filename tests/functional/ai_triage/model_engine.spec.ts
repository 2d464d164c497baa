import { test } from '@japa/runner'
import { pluginTestContext, runEvent } from '#platform/sdk/testing'
import TaxonomyService from '#services/taxonomy_service'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'
import plugin from '#plugins/ai-triage/plugin'
import { loadSuggestion } from '#plugins/ai-triage/triage/suggestion'
import { tokensKey } from '#plugins/ai-triage/triage/model_prediction'
import type { Context } from '#plugins/ai-triage/types'
import { OpenAIStandIn, answer, badRequest } from '#plugins/ai-triage/tests/support/openai_stand_in'

/**
 * The model engine as the plugin runs it: the real openai client, through
 * the SDK's guarded fetch (the stand-in on 127.0.0.1 is allowed by the
 * admin's allowHosts), against a local server speaking the chat
 * completions wire format.
 */
test.group('AI triage: the model engine', (group) => {
  isolate(group)
  let server: OpenAIStandIn
  group.each.setup(async () => {
    server = await OpenAIStandIn.start()
    return () => server.close()
  })

  async function scene(extra: Record<string, unknown> = {}) {
    const desk = await helpdesk()
    const printer = await TaxonomyService.createSubcategory(desk.hardware, 'Printer', {
      ...systemContext,
      actor: desk.admin,
    })
    const settings = {
      engine: 'model',
      baseUrl: server.baseUrl,
      model: 'gpt-4o-mini',
      apiKey: 'sk-test-key',
      allowHosts: '127.0.0.1',
      redact: true,
      ...extra,
    }
    await enablePlugin(desk.organization, 'ai-triage', settings)
    const run = await pluginTestContext(plugin, { organization: desk.organization, settings })
    return { ...desk, printer, run, context: run.context as Context }
  }

  async function triage(desk: Awaited<ReturnType<typeof scene>>) {
    const ticket = await openTicket(desk.customer, desk.it.id, {
      title: 'Drucker im 3. Stock',
      description:
        'Der Drucker staut bei jedem Auftrag. Bitte an max@example.com melden, Tel. +49 30 1234567.',
    })
    const detail = await desk.context.tickets.get(ticket.id)
    await runEvent(
      plugin,
      'ticket.created',
      { ticket: detail!.ticket, actor: null, attachments: 0 },
      desk.run
    )
    return ticket
  }

  const placement = () => ({
    placement: 'IT › Hardware › Printer',
    priority: 'high',
    sentiment: 'negative',
    language: 'de',
    summary: 'Der Drucker im 3. Stock staut bei jedem Auftrag.',
    reply: 'Danke, wir sehen uns den Drucker heute an.',
    escalate: false,
    confidence: {
      group: 0.95,
      category: 0.9,
      subcategory: 0.85,
      priority: 0.7,
      sentiment: 0.8,
      language: 0.99,
      escalate: 0.6,
    },
  })

  test('a good answer becomes the suggestion, with the reply for the composer; tokens are counted and shown per day; what is sent is redacted', async ({
    assert,
    client,
  }) => {
    const desk = await scene()
    const content = placement()
    server.script(answer(content, { usage: { prompt_tokens: 400, completion_tokens: 60 } }))
    const ticket = await triage(desk)
    const suggestion = await loadSuggestion(desk.context.db, ticket.id)
    assert.equal(suggestion!.engine, 'model')
    assert.deepInclude(suggestion!.fields.subcategory_id!, {
      value: desk.printer.id,
      confidence: 0.85,
    })
    assert.deepInclude(suggestion!.fields.category_id!, { value: desk.hardware.id })
    assert.equal(suggestion!.fields.reply!.value, 'Danke, wir sehen uns den Drucker heute an.')
    assert.equal(await desk.context.store.get<number>(tokensKey()), 460)
    const page = await client.get('/plugins/ai-triage/admin').loginAs(desk.admin).withInertia()
    page.assertStatus(200)
    assert.deepEqual(page.inertiaProps.data.tokensByDay, [
      { day: new Date().toISOString().slice(0, 10), tokens: 460 },
    ])

    const sent = JSON.stringify(server.requests[0].body)
    assert.notInclude(sent, 'max@example.com')
    assert.notInclude(sent, '1234567')
    assert.equal(server.requests[0].headers.authorization, 'Bearer sk-test-key')
  })

  test('a 400 or an answer naming a category that does not exist: the offline engine answers instead', async ({
    assert,
  }) => {
    const desk = await scene()
    server.script(badRequest('model not found'))
    const first = await triage(desk)
    assert.equal((await loadSuggestion(desk.context.db, first.id))!.engine, 'offline')

    const content = placement()
    server.script(answer({ ...content, placement: 'IT › Furniture › Chairs' }))
    const second = await triage(desk)
    const suggestion = await loadSuggestion(desk.context.db, second.id)
    assert.equal(suggestion!.engine, 'offline')
    // The offline engine's own signals; nothing the model said about the taxonomy.
    assert.equal(suggestion!.fields.language!.value, 'de')
    assert.notProperty(suggestion!.fields, 'reply')
  })

  test('past the daily token budget nothing is sent and the offline engine answers', async ({
    assert,
  }) => {
    const desk = await scene({ dailyTokenBudget: 100 })
    await desk.context.store.set(tokensKey(), 100)
    const ticket = await triage(desk)
    assert.lengthOf(server.requests, 0)
    assert.equal((await loadSuggestion(desk.context.db, ticket.id))!.engine, 'offline')
  })
})
