import { test } from '@japa/runner'
import { OutboundRefused } from '#platform/sdk'
import { ModelUnavailable } from '../engine/model/errors.js'
import { suggest } from '../engine/model/model_client.js'
import type { OutboundFetch } from '../engine/model/types.js'
import { OpenAIStandIn, answer } from './support/openai_stand_in.js'
import { goodAnswer, settingsFor, taxonomy } from './support/taxonomy.js'

const ticket = { title: 'Printer jams', description: 'Every job, since Monday.' }

type Call = { url: string; init: Parameters<OutboundFetch>[1] }

/**
 * A stand-in for `context.http.fetch` that records what the engine hands
 * it (the guard's options among them) and sends the request on with the
 * global fetch.
 */
function recordingFetch(calls: Call[]): OutboundFetch {
  return (url, init) => {
    calls.push({ url: String(url), init })
    return fetch(url, init)
  }
}

test.group('Model engine: through the guarded context.http.fetch', (group) => {
  let server: OpenAIStandIn
  group.each.setup(async () => {
    server = await OpenAIStandIn.start()
    return () => server.close()
  })

  test("every request of the client goes through it, with the admin's allowHosts and the time left", async ({
    assert,
  }) => {
    server.script(answer(goodAnswer))
    const calls: Call[] = []
    const settings = settingsFor(server.baseUrl, { allowHosts: ['127.0.0.1'], timeoutMs: 4_000 })
    await suggest({ ...ticket, taxonomy, settings, fetch: recordingFetch(calls) })

    assert.lengthOf(calls, 1)
    assert.equal(calls[0].url, `${server.baseUrl}/chat/completions`)
    assert.deepEqual(calls[0].init?.allowHosts, ['127.0.0.1'])
    assert.isAbove(calls[0].init!.timeoutMs!, 3_500)
    assert.isAtMost(calls[0].init!.timeoutMs!, 4_250)
    assert.instanceOf(calls[0].init?.signal, AbortSignal)
  })

  test('a refused target is ModelUnavailable (refused) at once, never retried', async ({
    assert,
  }) => {
    let calls = 0
    const refusing: OutboundFetch = async () => {
      calls++
      throw new OutboundRefused('10.0.0.5', 'the address 10.0.0.5 is private')
    }
    const started = performance.now()
    let error: unknown
    try {
      await suggest({
        ...ticket,
        taxonomy,
        settings: settingsFor('http://10.0.0.5:11434/v1'),
        fetch: refusing,
      })
    } catch (caught) {
      error = caught
    }

    assert.instanceOf(error, ModelUnavailable)
    assert.equal((error as ModelUnavailable).reason, 'refused')
    assert.instanceOf((error as Error).cause, OutboundRefused)
    assert.equal(calls, 1)
    assert.isBelow(performance.now() - started, 300)
  })
})
