import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * API refresh tokens. Each login starts a family; every refresh burns the
 * presented token and issues the next one in the same family. Presenting a
 * burnt token again means it leaked: the whole family is revoked.
 */
export default class extends BaseSchema {
  protected tableName = 'api_refresh_tokens'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('user_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.uuid('family_id').notNullable()
      table.string('token_hash', 64).notNullable().unique()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('used_at', { useTz: true }).nullable()
      table.timestamp('revoked_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['family_id'])
      table.index(['user_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
