import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What "sign out everywhere" needs to be true at once, in the same
 * transaction as the password change, reset, deactivation or role change
 * that asks for it:
 *
 * - `users.sessions_valid_from`: a web session whose sign-in is older is
 *   refused, even if its data is still in Redis (Redis may have been
 *   unreachable when the sessions were to be destroyed);
 * - where and when an API sign-in (a refresh token family) was made and
 *   last used, so people can recognise and end it from their profile.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('users', (table) => {
      table.timestamp('sessions_valid_from', { useTz: true }).nullable()
    })
    this.schema.alterTable('api_refresh_tokens', (table) => {
      table.string('ip', 64).nullable()
      table.string('user_agent', 512).nullable()
    })
    this.schema.raw(
      `CREATE INDEX api_refresh_tokens_live ON api_refresh_tokens (user_id, family_id) WHERE used_at IS NULL AND revoked_at IS NULL`
    )
  }

  async down() {
    this.schema.raw('DROP INDEX api_refresh_tokens_live')
    this.schema.alterTable('api_refresh_tokens', (table) => {
      table.dropColumn('ip')
      table.dropColumn('user_agent')
    })
    this.schema.alterTable('users', (table) => {
      table.dropColumn('sessions_valid_from')
    })
  }
}
