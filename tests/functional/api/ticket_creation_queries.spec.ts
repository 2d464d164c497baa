import { test } from '@japa/runner'
import User from '#models/user'
import Installations from '#platform/installations'
import Outbox from '#platform/outbox'
import { isolate } from '#tests/support/world'
import { countQueries } from '#tests/support/queries'
import { helpdesk } from '#tests/support/tickets'

/**
 * A regression guard on the statements one API ticket creation sends
 * (issue 11): counting, not timing. Lower the ceiling when a change saves
 * statements; raising it needs a reason the data itself gives.
 */
const CEILING = 30

test.group('API: statements of one ticket creation', (group) => {
  isolate(group)

  test('POST /api/v1/tickets stays within its statement budget', async ({ client, assert }) => {
    const desk = await helpdesk()
    const token = await User.accessTokens.create(desk.customer)
    const bearer = token.value!.release()
    const create = (title: string) => {
      // Read the installations again every time, so each request costs the same.
      Installations.forget()
      // The relay after commit belongs to the creation: wait for it, so it is counted here.
      return countQueries(async () => {
        const response = await client.post('/api/v1/tickets').bearerToken(bearer).json({
          group_id: desk.it.id,
          category_id: desk.hardware.id,
          subcategory_id: desk.laptop.id,
          title,
          description: 'The VPN client fails with error 789',
          priority: 'high',
        })
        await Outbox.settle()
        return response
      })
    }

    await create('Warms the per-process caches')
    const { result: response, count, sql } = await create('Cannot access VPN')
    response.assertStatus(201)
    assert.equal(response.body().data.title, 'Cannot access VPN')
    assert.isAtMost(count, CEILING, sql.join('\n'))
  })
})
