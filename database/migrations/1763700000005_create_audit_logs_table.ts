import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'audit_logs'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
      /** Null only for events that cannot be tied to a tenant (sign-in attempts for unknown e-mails). */
      table
        .integer('organization_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table
        .integer('actor_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      /** Who acted, as they were at the time (kept when the user is renamed). */
      table.string('actor_label', 254).nullable()
      table.string('action', 64).notNullable()
      table.string('entity_type', 64).notNullable()
      table.string('entity_id', 64).nullable()
      table.jsonb('old_values').nullable()
      table.jsonb('new_values').nullable()
      table.string('ip', 64).nullable()
      table.string('user_agent', 512).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())

      table.index(['organization_id', 'created_at'])
      table.index(['organization_id', 'action', 'created_at'])
      table.index(['organization_id', 'entity_type', 'entity_id'])
      table.index(['organization_id', 'actor_id', 'created_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
