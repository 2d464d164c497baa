import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { countQueries } from '#tests/support/queries'

const WRITE = /^update "auth_access_tokens" set "last_used_at"/

async function lastUsedAt(tokenId: unknown) {
  const row = await db
    .from('auth_access_tokens')
    .where('id', Number(tokenId))
    .select('last_used_at')
    .first()
  return row.last_used_at as Date | null
}

test.group('API: access token last use', (group) => {
  isolate(group)

  test('is written at most once a minute per token', async ({ client, assert }) => {
    const { agent } = await organizationWithStaff()
    const access = await User.accessTokens.create(agent)
    const token = access.value!.release()
    const me = async () => {
      const response = await client.get('/api/v1/me').bearerToken(token)
      response.assertStatus(200)
    }

    const twice = await countQueries(async () => {
      await me()
      await me()
    })
    assert.lengthOf(
      twice.sql.filter((sql) => WRITE.test(sql)),
      1,
      'two requests in a row write last_used_at once'
    )
    const first = await lastUsedAt(access.identifier)
    assert.instanceOf(first, Date)

    // A minute and a bit later, as far as the stored value can tell.
    const earlier = new Date(first!.getTime() - 61_000)
    await db
      .from('auth_access_tokens')
      .where('id', Number(access.identifier))
      .update({ last_used_at: earlier })
    const later = await countQueries(me)
    assert.lengthOf(
      later.sql.filter((sql) => WRITE.test(sql)),
      1,
      'a minute later it writes again'
    )
    const second = await lastUsedAt(access.identifier)
    assert.isAbove(second!.getTime(), earlier.getTime())
  })

  test('a wrong secret neither authenticates nor stamps the token', async ({ client, assert }) => {
    const { agent } = await organizationWithStaff()
    const access = await User.accessTokens.create(agent)
    const other = await User.accessTokens.create(agent)
    // The first token's identifier with another token's (well-formed) secret.
    const [identifier] = access.value!.release().split('.')
    const [, secret] = other.value!.release().split('.')
    const forged = `${identifier}.${secret}`

    const response = await client.get('/api/v1/me').bearerToken(forged)
    response.assertStatus(401)
    assert.isNull(await lastUsedAt(access.identifier))
  })
})
