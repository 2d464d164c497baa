import { test } from '@japa/runner'
import router from '@adonisjs/core/services/router'
import type { ApiClient } from '@japa/api-client'
import { FACTORY_PASSWORD, GroupFactory } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { deadDelivery } from '#tests/support/plugin_admin'
import { enablePlugin } from '#tests/support/plugins'
import User from '#models/user'

/**
 * Keeps /api/v1/openapi.json honest: every route is documented (and only
 * routes), the document is internally consistent, and real answers have
 * the documented shapes.
 */

const PREFIX = '/api/v1'
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace']

type Schema = {
  $ref?: string
  type?: string | string[]
  required?: string[]
  properties?: Record<string, Schema>
  additionalProperties?: Schema | boolean
  items?: Schema
  oneOf?: Schema[]
  enum?: unknown[]
  const?: unknown
  format?: string
}
type Parameter = { $ref?: string; name: string; in: string }
type Operation = {
  operationId?: string
  summary?: string
  tags?: string[]
  parameters?: Parameter[]
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: Schema }> }>
}
type Document = {
  openapi: string
  servers: { url: string }[]
  tags: { name: string }[]
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Schema> }
}

async function servedDocument(client: ApiClient) {
  const response = await client.get(`${PREFIX}/openapi.json`)
  response.assertStatus(200)
  return response.body() as Document
}

/** `/api/v1/tickets/:id` → `/tickets/{id}` */
function template(pattern: string) {
  return pattern.slice(PREFIX.length).replace(/:(\w+)\??/g, '{$1}')
}

function registeredRoutes() {
  return Object.values(router.toJSON())
    .flat()
    .filter((route) => route.pattern.startsWith(`${PREFIX}/`))
    .flatMap((route) =>
      route.methods
        .filter((method) => method.toUpperCase() !== 'HEAD')
        .map((method) => `${method.toUpperCase()} ${template(route.pattern)}`)
    )
}

function operations(document: Document) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      route: `${method.toUpperCase()} ${path}`,
      path,
      operation: item[method],
    }))
  )
}

/** Follows a local JSON pointer (`#/components/schemas/Ticket`). */
function resolve(document: Document, pointer: string): any {
  if (!pointer.startsWith('#/')) {
    return undefined
  }
  return pointer
    .slice(2)
    .split('/')
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<any>((node, key) => (node === undefined ? undefined : node[key]), document)
}

function deref<T extends { $ref?: string }>(document: Document, node: T): T {
  return node.$ref ? deref(document, resolve(document, node.$ref)) : node
}

function allRefs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    node.forEach((entry) => allRefs(entry, found))
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        found.push(value)
      } else {
        allRefs(value, found)
      }
    }
  }
  return found
}

/** The documented JSON schema of one answer. */
function documented(document: Document, route: string, status: number): Schema {
  const [method, path] = route.split(' ')
  const operation = document.paths[path]?.[method.toLowerCase()]
  if (!operation) {
    throw new Error(`${route} is not documented`)
  }
  const response = deref(document, operation.responses[String(status)] ?? {})
  const schema = response.content?.['application/json']?.schema
  if (!schema) {
    throw new Error(`${route} documents no JSON answer for ${status}`)
  }
  return schema
}

function typeOf(value: unknown) {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

/**
 * Where `value` departs from `schema`: missing required keys, keys the
 * schema does not list, wrong types, values outside an enum. A small
 * subset of JSON Schema, enough for this document.
 */
function shapeErrors(document: Document, schema: Schema, value: unknown, at = 'body'): string[] {
  if (schema.$ref) {
    return shapeErrors(document, resolve(document, schema.$ref), value, at)
  }
  if (schema.oneOf) {
    const branches = schema.oneOf.map((branch) => shapeErrors(document, branch, value, at))
    return branches.some((errors) => errors.length === 0) ? [] : branches.flat()
  }
  const types = [schema.type ?? []].flat()
  const actual = typeOf(value)
  if (
    types.length &&
    !types.includes(actual) &&
    !(actual === 'integer' && types.includes('number'))
  ) {
    return [`${at}: ${actual} where ${types.join('|')} is documented`]
  }
  const errors: string[] = []
  if (schema.enum && !schema.enum.includes(value)) {
    errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`)
  }
  if ('const' in schema && schema.const !== value) {
    errors.push(`${at}: ${JSON.stringify(value)} is not ${JSON.stringify(schema.const)}`)
  }
  if (
    schema.format === 'date-time' &&
    typeof value === 'string' &&
    Number.isNaN(Date.parse(value))
  ) {
    errors.push(`${at}: "${value}" is not a date-time`)
  }
  if (actual === 'array' && schema.items) {
    ;(value as unknown[]).forEach((item, index) =>
      errors.push(...shapeErrors(document, schema.items!, item, `${at}[${index}]`))
    )
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>
    for (const key of schema.required ?? []) {
      if (!(key in record)) {
        errors.push(`${at}.${key}: missing`)
      }
    }
    for (const [key, entry] of Object.entries(record)) {
      const property = schema.properties?.[key]
      if (property) {
        errors.push(...shapeErrors(document, property, entry, `${at}.${key}`))
      } else if (typeof schema.additionalProperties === 'object') {
        errors.push(...shapeErrors(document, schema.additionalProperties, entry, `${at}.${key}`))
      } else if (schema.properties) {
        errors.push(`${at}.${key}: not documented`)
      }
    }
  }
  return errors
}

test.group('API / OpenAPI document', (group) => {
  isolate(group)

  test('is served as OpenAPI 3.1 without authentication', async ({ client, assert }) => {
    const document = await servedDocument(client)
    assert.equal(document.openapi, '3.1.0')
    assert.match(document.servers[0].url, /\/api\/v1$/)
    const prefixed = Object.keys(document.paths).filter((path) => path.startsWith(PREFIX))
    assert.deepEqual(prefixed, [], 'paths are relative to servers[0].url')
  })

  test('documents every /api/v1 route, and nothing else', async ({ client, assert }) => {
    const document = await servedDocument(client)
    const registered = registeredRoutes()
    const described = operations(document).map(({ route }) => route)
    assert.isAbove(registered.length, 0)

    const missing = registered.filter((route) => !described.includes(route))
    const unknown = described.filter((route) => !registered.includes(route))
    assert.deepEqual(
      { missing, unknown },
      { missing: [], unknown: [] },
      `Routes missing from the OpenAPI document: ${missing.join(', ') || 'none'}; ` +
        `documented operations without a route: ${unknown.join(', ') || 'none'}`
    )
  })

  test('operations are complete and every $ref resolves', async ({ client, assert }) => {
    const document = await servedDocument(client)
    const tags = document.tags.map((tag) => tag.name)
    const problems: string[] = []
    const ids = new Set<string>()
    for (const { route, path, operation } of operations(document)) {
      if (!operation.operationId) {
        problems.push(`${route} has no operationId`)
      } else if (ids.has(operation.operationId)) {
        problems.push(`${route}: operationId ${operation.operationId} is used twice`)
      } else {
        ids.add(operation.operationId)
      }
      if (!operation.summary) {
        problems.push(`${route} has no summary`)
      }
      if (!operation.tags?.length) {
        problems.push(`${route} has no tag`)
      }
      for (const tag of operation.tags ?? []) {
        if (!tags.includes(tag)) {
          problems.push(`${route}: tag ${tag} is not declared`)
        }
      }
      if (!Object.keys(operation.responses ?? {}).length) {
        problems.push(`${route} documents no response`)
      }
      const pathParams = (operation.parameters ?? [])
        .map((parameter) => deref(document, parameter))
        .filter((parameter) => parameter?.in === 'path')
        .map((parameter) => parameter.name)
        .sort()
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()
      if (pathParams.join() !== templated.join()) {
        problems.push(`${route} documents path parameters [${pathParams}], expected [${templated}]`)
      }
    }
    for (const pointer of allRefs(document)) {
      if (resolve(document, pointer) === undefined) {
        problems.push(`$ref ${pointer} resolves to nothing`)
      }
    }
    assert.deepEqual(problems, [], problems.join('; '))
  })

  test('real answers have the documented shapes', async ({ client, assert }) => {
    const document = await servedDocument(client)
    const { admin, agent, customer, organization } = await organizationWithStaff()
    const check = (route: string, status: number, response: { status(): number; body(): any }) => {
      assert.equal(response.status(), status, `${route}: ${JSON.stringify(response.body())}`)
      const errors = shapeErrors(document, documented(document, route, status), response.body())
      assert.deepEqual(
        errors,
        [],
        `${route} ${status} departs from the document: ${errors.join('; ')}`
      )
    }
    const login = async (user: { email: string }) => {
      const response = await client
        .post(`${PREFIX}/auth/login`)
        .json({ email: user.email, password: FACTORY_PASSWORD })
      check('POST /auth/login', 200, response)
      return response.body().access_token as string
    }

    // The token pair: exactly the documented keys.
    const tokens = await client
      .post(`${PREFIX}/auth/login`)
      .json({ email: customer.email, password: FACTORY_PASSWORD })
    assert.sameMembers(
      Object.keys(tokens.body()),
      document.components.schemas.TokenPair.required!,
      'POST /auth/login answers the keys of TokenPair'
    )
    const customerToken = tokens.body().access_token as string
    const adminToken = await login(admin)
    const agentToken = await login(agent)

    // Errors.
    check(
      'POST /auth/login',
      401,
      await client.post(`${PREFIX}/auth/login`).json({ email: customer.email, password: 'wrong' })
    )
    check('GET /tickets', 401, await client.get(`${PREFIX}/tickets`))
    check(
      'POST /tickets',
      422,
      await client.post(`${PREFIX}/tickets`).bearerToken(customerToken).json({})
    )

    // The admin builds a group with a category, a subcategory and a member.
    const created = await client
      .post(`${PREFIX}/admin/groups`)
      .bearerToken(adminToken)
      .json({ name: 'Facilities', email: 'facilities@example.com' })
    check('POST /admin/groups', 201, created)
    const groupId = created.body().data.id as number
    const category = await client
      .post(`${PREFIX}/admin/groups/${groupId}/categories`)
      .bearerToken(adminToken)
      .json({ name: 'Furniture' })
    check('POST /admin/groups/{id}/categories', 201, category)
    check(
      'POST /admin/categories/{id}/subcategories',
      201,
      await client
        .post(`${PREFIX}/admin/categories/${category.body().data.id}/subcategories`)
        .bearerToken(adminToken)
        .json({ name: 'Chairs' })
    )
    check(
      'POST /admin/groups/{id}/members',
      201,
      await client
        .post(`${PREFIX}/admin/groups/${groupId}/members`)
        .bearerToken(adminToken)
        .json({ user_id: agent.id })
    )
    await GroupFactory.merge({ organizationId: organization.id, isActive: false }).create()

    // The taxonomy tree: exactly the documented keys, at every level.
    const tree = await client.get(`${PREFIX}/groups`).bearerToken(customerToken)
    check('GET /groups', 200, tree)
    const schemas = document.components.schemas
    const [first] = tree.body().data
    assert.sameMembers(Object.keys(first), schemas.TaxonomyGroup.required!)
    assert.sameMembers(Object.keys(first.categories[0]), schemas.TaxonomyCategory.required!)
    assert.sameMembers(
      Object.keys(first.categories[0].subcategories[0]),
      schemas.TaxonomySubcategory.required!
    )

    // A ticket opened with a file, listed, searched, read and worked.
    const ticket = await client
      .post(`${PREFIX}/tickets`)
      .bearerToken(customerToken)
      .field('group_id', String(groupId))
      .field('category_id', String(category.body().data.id))
      .field('title', 'The chair squeaks')
      .field('description', 'Every time I **sit** down.')
      .field('priority', 'High')
      .file('attachments[]', Buffer.from('squeak squeak'), { filename: 'noise.txt' })
    check('POST /tickets', 201, ticket)
    const ticketId = ticket.body().data.id as number
    assert.lengthOf(ticket.body().data.attachments, 1)

    check(
      'POST /tickets/{id}/comments',
      201,
      await client
        .post(`${PREFIX}/tickets/${ticketId}/comments`)
        .bearerToken(customerToken)
        .json({ body: 'Still squeaking.' })
    )
    check(
      'GET /tickets/{id}',
      200,
      await client.get(`${PREFIX}/tickets/${ticketId}`).bearerToken(customerToken)
    )
    const search = await client
      .get(`${PREFIX}/tickets?q=chair&per_page=5`)
      .bearerToken(customerToken)
    check('GET /tickets', 200, search)
    assert.include(search.body().data[0].snippet, '<mark>')
    check(
      'GET /admin/tickets',
      200,
      await client
        .get(`${PREFIX}/admin/tickets?queue=unassigned&status=open`)
        .bearerToken(agentToken)
    )
    check(
      'PUT /admin/tickets/{id}/assign',
      200,
      await client
        .put(`${PREFIX}/admin/tickets/${ticketId}/assign`)
        .bearerToken(agentToken)
        .json({ assigned_to: agent.id })
    )
    check(
      'GET /admin/reports',
      200,
      await client.get(`${PREFIX}/admin/reports`).bearerToken(agentToken)
    )
    check(
      'GET /admin/groups/{id}/usage',
      200,
      await client.get(`${PREFIX}/admin/groups/${groupId}/usage`).bearerToken(adminToken)
    )
    check(
      'DELETE /admin/groups/{id}',
      200,
      await client.delete(`${PREFIX}/admin/groups/${groupId}`).bearerToken(adminToken)
    )
  })

  test('GET /me answers the documented snake_case keys', async ({ client, assert }) => {
    const document = await servedDocument(client)
    const { customer } = await organizationWithStaff()
    const tokens = await client
      .post(`${PREFIX}/auth/login`)
      .json({ email: customer.email, password: FACTORY_PASSWORD })
    const me = await client.get(`${PREFIX}/me`).bearerToken(tokens.body().access_token)
    me.assertStatus(200)
    assert.sameMembers(Object.keys(me.body().data), document.components.schemas.User.required!)
  })

  test('plugin answers have the documented shapes', async ({ client, assert }) => {
    const document = await servedDocument(client)
    const desk = await helpdesk()
    const dead = await deadDelivery(desk)
    const login = await client
      .post(`${PREFIX}/auth/login`)
      .json({ email: desk.admin.email, password: FACTORY_PASSWORD })
    const token = login.body().access_token as string
    const check = async (route: string, status: number, body?: object) => {
      const [method, path] = route.split(' ')
      const url = `${PREFIX}${path.replace('{pluginId}', 'fixture-events').replace('{deliveryId}', String(dead.id))}`
      let request = client[method.toLowerCase() as 'get' | 'put' | 'post'](url).bearerToken(token)
      if (body) request = request.json(body)
      const response = await request
      assert.equal(response.status(), status, `${route}: ${JSON.stringify(response.body())}`)
      const errors = shapeErrors(document, documented(document, route, status), response.body())
      assert.deepEqual(errors, [], `${route} ${status} departs from the document: ${errors}`)
      return response.body()
    }

    const list = await check('GET /admin/plugins', 200)
    assert.sameMembers(
      Object.keys(list.data[0]),
      document.components.schemas.PluginSummary.required!
    )
    await check('GET /admin/plugins/{pluginId}', 200)
    await check('PUT /admin/plugins/{pluginId}/settings', 422, { fail_attempts: -1 })
    await check('PUT /admin/plugins/{pluginId}/settings', 200, { fail_attempts: 0 })
    await check('PUT /admin/plugins/{pluginId}/state', 200, { enabled: true })
    await check('GET /admin/plugins/{pluginId}/deliveries', 200)
    await check('POST /admin/plugins/{pluginId}/deliveries/{deliveryId}/retry', 202)
    await check('POST /admin/plugins/{pluginId}/deliveries/{deliveryId}/retry', 422)
  }).timeout(60_000)

  test("plugins' own API routes are listed with their summary, role and bearer token, and answer as documented", async ({
    client,
    assert,
  }) => {
    const document = await servedDocument(client)
    const item = document.paths['/plugins/fixture-pages/greetings'] as Record<string, any>
    assert.equal(item.get.summary, "The organization's greeting")
    assert.equal(item.put.summary, "Changes the organization's greeting")
    assert.deepEqual([item.get['x-role'], item.put['x-role']], ['agent', 'admin'])
    assert.include(item.put.description, 'Role: admins.')
    assert.deepEqual(item.get.security, [{ bearerAuth: [] }])
    assert.deepEqual(item.get.tags, ['Plugin routes'])

    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-pages')
    const created = await User.accessTokens.create(desk.admin)
    const token = created.value!.release()
    const check = async (route: string, status: number, body?: object) => {
      const [method, path] = route.split(' ')
      let request = client[method.toLowerCase() as 'get' | 'put'](`${PREFIX}${path}`).bearerToken(
        token
      )
      if (body) request = request.json(body)
      const response = await request
      assert.equal(response.status(), status, `${route}: ${JSON.stringify(response.body())}`)
      const errors = shapeErrors(document, documented(document, route, status), response.body())
      assert.deepEqual(errors, [], `${route} ${status} departs from the document: ${errors}`)
    }
    await check('GET /plugins/fixture-pages/greetings', 200)
    await check('PUT /plugins/fixture-pages/greetings', 422, { greeting: '' })
    await check('PUT /plugins/fixture-pages/greetings', 200, { greeting: 'Welcome' })
    await check('GET /plugins/fixture-panels/ping', 404)
  })
})
