import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import type User from '#models/user'
import { GroupFactory } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import TaxonomyService from '#services/taxonomy_service'
import { systemContext } from '#services/request_context'
import OutboxEvent from '#models/outbox_event'
import EventDelivery from '#models/event_delivery'

type Ctx = {
  userId: number
  groupId: number
  memberId: number
  categoryId: number
  subcategoryId: number
  deliveryId: number
}
type Row = {
  area: 'users' | 'groups' | 'taxonomy' | 'settings' | 'audit log' | 'plugins'
  method: 'get' | 'post' | 'put' | 'delete'
  path: (ids: Ctx) => string
  body?: (ids: Ctx) => Record<string, unknown>
}

/**
 * Every admin route. Admin-only per ARCHITECTURE.md's access table:
 * "manage users, groups, categories, plugins, settings" is admin work.
 */
const ROUTES: Row[] = [
  { area: 'users', method: 'get', path: () => '/admin/users' },
  { area: 'users', method: 'get', path: () => '/admin/users/new' },
  {
    area: 'users',
    method: 'post',
    path: () => '/admin/users',
    body: () => ({
      name: 'New',
      email: `new-${Date.now()}@example.com`,
      role: 'customer',
      onboarding: 'password',
      password: 'a fine password 1',
    }),
  },
  { area: 'users', method: 'get', path: (ids) => `/admin/users/${ids.userId}` },
  {
    area: 'users',
    method: 'put',
    path: (ids) => `/admin/users/${ids.userId}`,
    body: () => ({ name: 'Changed', role: 'customer' }),
  },
  { area: 'users', method: 'post', path: (ids) => `/admin/users/${ids.userId}/deactivate` },
  { area: 'users', method: 'post', path: (ids) => `/admin/users/${ids.userId}/reactivate` },
  { area: 'users', method: 'post', path: (ids) => `/admin/users/${ids.userId}/invitation` },
  { area: 'groups', method: 'get', path: () => '/admin/groups' },
  {
    area: 'groups',
    method: 'post',
    path: () => '/admin/groups',
    body: () => ({ name: `Team ${Date.now()}` }),
  },
  { area: 'groups', method: 'get', path: (ids) => `/admin/groups/${ids.groupId}` },
  {
    area: 'groups',
    method: 'put',
    path: (ids) => `/admin/groups/${ids.groupId}`,
    body: () => ({ name: 'Renamed group' }),
  },
  {
    area: 'groups',
    method: 'post',
    path: (ids) => `/admin/groups/${ids.groupId}/members`,
    body: (ids) => ({ userId: ids.memberId }),
  },
  {
    area: 'groups',
    method: 'delete',
    path: (ids) => `/admin/groups/${ids.groupId}/members/${ids.memberId}`,
  },
  { area: 'groups', method: 'delete', path: (ids) => `/admin/groups/${ids.groupId}` },
  {
    area: 'groups',
    method: 'post',
    path: (ids) => `/admin/groups/${ids.groupId}/move`,
    body: () => ({ direction: 'down' }),
  },
  {
    area: 'taxonomy',
    method: 'post',
    path: (ids) => `/admin/groups/${ids.groupId}/categories`,
    body: () => ({ name: `Cat ${Date.now()}` }),
  },
  {
    area: 'taxonomy',
    method: 'put',
    path: (ids) => `/admin/categories/${ids.categoryId}`,
    body: () => ({ name: 'Renamed category' }),
  },
  {
    area: 'taxonomy',
    method: 'post',
    path: (ids) => `/admin/categories/${ids.categoryId}/move`,
    body: () => ({ direction: 'up' }),
  },
  {
    area: 'taxonomy',
    method: 'post',
    path: (ids) => `/admin/categories/${ids.categoryId}/subcategories`,
    body: () => ({ name: `Sub ${Date.now()}` }),
  },
  {
    area: 'taxonomy',
    method: 'put',
    path: (ids) => `/admin/subcategories/${ids.subcategoryId}`,
    body: () => ({ name: 'Renamed sub' }),
  },
  {
    area: 'taxonomy',
    method: 'post',
    path: (ids) => `/admin/subcategories/${ids.subcategoryId}/move`,
    body: () => ({ direction: 'down' }),
  },
  {
    area: 'taxonomy',
    method: 'delete',
    path: (ids) => `/admin/subcategories/${ids.subcategoryId}`,
  },
  { area: 'taxonomy', method: 'delete', path: (ids) => `/admin/categories/${ids.categoryId}` },
  { area: 'settings', method: 'get', path: () => '/admin/settings' },
  {
    area: 'settings',
    method: 'put',
    path: () => '/admin/settings',
    body: () => ({
      name: 'Renamed org',
      ticketPrefix: 'HD',
      timezone: 'Europe/Paris',
      defaultLocale: 'de',
      autoCloseDays: '5',
    }),
  },
  { area: 'audit log', method: 'get', path: () => '/admin/audit' },
  { area: 'plugins', method: 'get', path: () => '/admin/plugins' },
  { area: 'plugins', method: 'get', path: () => '/admin/plugins/fixture-events' },
  {
    area: 'plugins',
    method: 'put',
    path: () => '/admin/plugins/fixture-events/settings',
    body: () => ({ failAttempts: '0' }),
  },
  {
    area: 'plugins',
    method: 'put',
    path: () => '/admin/plugins/fixture-panels/state',
    body: () => ({ enabled: 'true' }),
  },
  {
    area: 'plugins',
    method: 'post',
    path: (ids) => `/admin/plugins/fixture-events/deliveries/${ids.deliveryId}/retry`,
  },
]

async function world() {
  const home = await organizationWithStaff()
  const group = await GroupFactory.merge({ organizationId: home.organization.id }).create()
  const context = { ...systemContext, actor: home.admin }
  const category = await TaxonomyService.createCategory(group, 'Hardware', context)
  const subcategory = await TaxonomyService.createSubcategory(category, 'Laptop', context)
  const delivery = await deadPluginDelivery(home.organization.id)
  const ids: Ctx = {
    userId: home.customer.id,
    groupId: group.id,
    memberId: home.agent.id,
    categoryId: category.id,
    subcategoryId: subcategory.id,
    deliveryId: delivery.id,
  }
  const other = await organizationWithStaff()
  return { home, ids, other }
}

/** A dead-lettered delivery of fixture-events, written directly: the worker is not needed here. */
async function deadPluginDelivery(organizationId: number) {
  const event = await OutboxEvent.create({
    organizationId,
    name: 'ticket.created',
    payload: {} as OutboxEvent['payload'],
  })
  return EventDelivery.create({
    organizationId,
    outboxEventId: event.id,
    subscriber: 'plugin:fixture-events',
    event: 'ticket.created',
    status: 'dead',
    attempts: 3,
    lastError: 'planned failure',
  })
}

function send(client: ApiClient, row: Row, ids: Ctx, as?: User) {
  let request = client[row.method](row.path(ids)).redirects(0)
  if (as) {
    request = request.loginAs(as)
  }
  if (row.method !== 'get') {
    request = request.withCsrfToken().form(row.body?.(ids) ?? {})
  }
  return request
}

test.group('Admin access table', (group) => {
  isolate(group)

  for (const row of ROUTES) {
    const zero = {
      userId: 0,
      groupId: 0,
      memberId: 0,
      categoryId: 0,
      subcategoryId: 0,
      deliveryId: 0,
    }
    const label = `${row.area}: ${row.method.toUpperCase()} ${row.path(zero).replace(/\/0/g, '/:id')}`

    test(`${label} — guest is sent to sign in`, async ({ client }) => {
      const { ids } = await world()
      const response = await send(client, row, ids)
      response.assertStatus(302)
      response.assertHeader('location', '/login')
    })

    test(`${label} — customer is refused`, async ({ client }) => {
      const { home, ids } = await world()
      const response = await send(client, row, ids, home.customer)
      response.assertStatus(403)
    })

    test(`${label} — agent is refused`, async ({ client }) => {
      const { home, ids } = await world()
      const response = await send(client, row, ids, home.agent)
      response.assertStatus(403)
    })

    test(`${label} — admin is allowed`, async ({ client, assert }) => {
      const { home, ids } = await world()
      const response = await send(client, row, ids, home.admin)
      if (row.method === 'get') {
        response.assertStatus(200)
      } else {
        response.assertStatus(302)
        assert.notProperty(response.flashMessages(), 'inputErrorsBag')
        assert.isUndefined(response.flashMessage('error'))
      }
    })

    if (
      row
        .path({
          userId: 1,
          groupId: 1,
          memberId: 1,
          categoryId: 1,
          subcategoryId: 1,
          deliveryId: 1,
        })
        .match(/\/\d+/)
    ) {
      test(`${label} — another organization's admin finds nothing`, async ({ client }) => {
        const { ids, other } = await world()
        const response = await send(client, row, ids, other.admin)
        response.assertStatus(404)
      })
    }
  }
})
