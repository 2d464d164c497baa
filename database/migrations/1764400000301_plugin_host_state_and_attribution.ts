import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What the plugin host API needs: a plugin recorded as the actor of a
 * ticket change, an audit entry or a comment (the id of the plugin; pages
 * show its manifest name), and a small key-value store per (organization,
 * plugin).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('ticket_history', (table) => {
      table.string('actor_plugin', 64).nullable()
    })
    this.schema.alterTable('audit_logs', (table) => {
      table.string('actor_plugin', 64).nullable()
    })
    /** A plugin's note or reply has no person as author: author_id is null, author_plugin names it. */
    this.schema.alterTable('ticket_comments', (table) => {
      table.integer('author_id').unsigned().nullable().alter()
      table.string('author_plugin', 64).nullable()
    })
    this.schema.raw(
      `ALTER TABLE ticket_comments ADD CONSTRAINT ticket_comments_author_check CHECK ((author_id IS NULL) <> (author_plugin IS NULL))`
    )

    this.schema.createTable('plugin_state', (table) => {
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('plugin_id', 64).notNullable()
      table.string('key', 200).notNullable()
      table.jsonb('value').notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.primary(['organization_id', 'plugin_id', 'key'])
    })
  }

  async down() {
    this.schema.dropTable('plugin_state')
    this.schema.raw('ALTER TABLE ticket_comments DROP CONSTRAINT ticket_comments_author_check')
    this.schema.alterTable('ticket_comments', (table) => {
      table.dropColumn('author_plugin')
    })
    this.schema.alterTable('audit_logs', (table) => table.dropColumn('actor_plugin'))
    this.schema.alterTable('ticket_history', (table) => table.dropColumn('actor_plugin'))
  }
}
