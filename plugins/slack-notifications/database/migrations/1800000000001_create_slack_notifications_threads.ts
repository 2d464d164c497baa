import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * One row per ticket and channel, leased while a message about that
 * ticket is posted there: two deliveries for the same thread (in any
 * number of workers) take turns, so a ticket gets one thread and its
 * replies are not interleaved. A lease, not a row lock held in a
 * transaction, so no database connection waits on Slack; a worker that
 * dies holding one loses it when `locked_until` passes. The thread's ts itself is in the plugin's
 * store; this row also remembers the last event posted, to notice an
 * event that arrives after a later one.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('slack_notifications_threads', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.integer('ticket_id').notNullable()
      table.string('channel', 40).notNullable()
      table.bigInteger('last_event_id').nullable()
      table.timestamp('locked_until', { useTz: true }).nullable()
      table.string('lock_token', 40).nullable()
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.unique(['organization_id', 'ticket_id', 'channel'])
    })
  }

  async down() {
    this.schema.dropTable('slack_notifications_threads')
  }
}
