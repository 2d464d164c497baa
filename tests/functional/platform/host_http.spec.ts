import { test } from '@japa/runner'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { OutboundRefused, OutboundTimeout } from '#platform/errors'
import { hostOf, thrown } from '#tests/support/host'

type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void

/** A real HTTP server on the loopback interface, answering with `handler`. */
async function server(handler: Handler) {
  const instance: Server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => handler(request, response, body))
  })
  await new Promise<void>((resolve) => instance.listen(0, '127.0.0.1', resolve))
  const { port } = instance.address() as AddressInfo
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        instance.closeAllConnections()
        instance.close(() => resolve())
      }),
  }
}

const http = (signal?: AbortSignal) =>
  hostOf({ id: 1 }, 'fixture-host', 'Fixture: host', signal).http

test.group('Host API: outbound HTTP', (group) => {
  let hello: Awaited<ReturnType<typeof server>>
  group.setup(async () => {
    hello = await server((request, response, body) => {
      if (request.url === '/hop') {
        response.writeHead(302, { location: '/hello' }).end()
      } else if (request.url === '/to-localhost') {
        response.writeHead(302, { location: `http://localhost:${hello.port}/hello` }).end()
      } else if (request.url === '/to-metadata') {
        response.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' }).end()
      } else if (request.url === '/form') {
        response.writeHead(303, { location: '/echo' }).end()
      } else if (request.url === '/loop') {
        response.writeHead(302, { location: '/loop' }).end()
      } else if (request.url === '/echo') {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(
          JSON.stringify({
            method: request.method,
            body,
            auth: request.headers.authorization ?? null,
          })
        )
      } else {
        response.writeHead(200, { 'content-type': 'text/plain' }).end('hello')
      }
    })
    return () => hello.close()
  })

  test('a loopback target is refused, and the error names the host', async ({ assert }) => {
    const refused = await thrown(() => http().fetch(`${hello.url}/hello`))
    assert.instanceOf(refused, OutboundRefused)
    assert.equal(refused.host, '127.0.0.1')
    assert.include(refused.message, '127.0.0.1')
  })

  test('a host in allowHosts is reached: body, status, headers as fetch gives them', async ({
    assert,
  }) => {
    const response = await http().fetch(`${hello.url}/hello`, { allowHosts: ['127.0.0.1'] })
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'text/plain')
    assert.equal(await response.text(), 'hello')

    const posted = await http().fetch(`${hello.url}/echo`, {
      allowHosts: ['127.0.0.1'],
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': 'Bearer t' },
      body: JSON.stringify({ a: 1 }),
    })
    assert.deepEqual(await posted.json(), { method: 'POST', body: '{"a":1}', auth: 'Bearer t' })
  })

  test('redirects are followed and checked hop by hop', async ({ assert }) => {
    const allowed = { allowHosts: ['127.0.0.1'] }
    const followed = await http().fetch(`${hello.url}/hop`, allowed)
    assert.equal(await followed.text(), 'hello')
    assert.equal(followed.url, `${hello.url}/hello`)

    const toLocalhost = await thrown(() => http().fetch(`${hello.url}/to-localhost`, allowed))
    assert.instanceOf(toLocalhost, OutboundRefused)
    assert.equal(toLocalhost.host, 'localhost', 'the next hop is checked on its own')

    const toMetadata = await thrown(() => http().fetch(`${hello.url}/to-metadata`, allowed))
    assert.instanceOf(toMetadata, OutboundRefused)
    assert.equal(toMetadata.host, '169.254.169.254')

    const looping = await thrown(() => http().fetch(`${hello.url}/loop`, allowed))
    assert.instanceOf(looping, OutboundRefused)
    assert.match(looping.message, /redirects/)

    const seeOther = await http().fetch(`${hello.url}/form`, {
      ...allowed,
      method: 'POST',
      body: 'x=1',
    })
    assert.deepInclude(await seeOther.json(), { method: 'GET', body: '' })

    const manual = await http().fetch(`${hello.url}/hop`, { ...allowed, redirect: 'manual' })
    assert.equal(manual.status, 302)
  })

  test('a name that resolves to a private address is refused after resolution', async ({
    assert,
  }) => {
    const refused = await thrown(() => http().fetch(`http://localhost:${hello.port}/hello`))
    assert.instanceOf(refused, OutboundRefused)
    assert.equal(refused.host, 'localhost')
    assert.match(refused.message, /127\.0\.0\.1|::1/)
    const allowed = await http().fetch(`http://localhost:${hello.port}/hello`, {
      allowHosts: ['LOCALHOST'],
    })
    assert.equal(await allowed.text(), 'hello')
  })

  test('private, link-local, unique-local, CGNAT, unspecified and IPv4-mapped literals are refused', async ({
    assert,
  }) => {
    for (const target of [
      'http://10.0.0.8/',
      'http://172.16.5.4/',
      'http://192.168.1.1/',
      'http://100.64.0.1/',
      'http://169.254.169.254/',
      'http://0.0.0.0/',
      'http://2130706433/',
      'http://[::1]/',
      'http://[::]/',
      'http://[fe80::1]/',
      'http://[fd12:3456::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:a9fe:a9fe]/',
    ]) {
      assert.instanceOf(await thrown(() => http().fetch(target)), OutboundRefused, target)
    }
  })

  test('only http and https', async ({ assert }) => {
    for (const target of ['file:///etc/passwd', 'ftp://example.com/', 'data:text/plain,hi']) {
      assert.instanceOf(await thrown(() => http().fetch(target)), OutboundRefused, target)
    }
  })

  test('a target that does not answer in time: OutboundTimeout naming the host', async ({
    assert,
  }) => {
    const silent = await server(() => {})
    try {
      const timedOut = await thrown(() =>
        http().fetch(`${silent.url}/`, { allowHosts: ['127.0.0.1'], timeoutMs: 150 })
      )
      assert.instanceOf(timedOut, OutboundTimeout)
      assert.equal(timedOut.host, '127.0.0.1')
      assert.include(timedOut.message, '127.0.0.1')
    } finally {
      await silent.close()
    }
  })

  test("the handler's signal stops the request", async ({ assert }) => {
    const silent = await server(() => {})
    const controller = new AbortController()
    try {
      const pending = thrown(() =>
        http(controller.signal).fetch(`${silent.url}/`, { allowHosts: ['127.0.0.1'] })
      )
      controller.abort()
      const stopped = await pending
      assert.equal(stopped.name, 'AbortError')
    } finally {
      await silent.close()
    }
  })
})
