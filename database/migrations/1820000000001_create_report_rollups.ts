import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What reports read instead of the tickets table, kept current by the
 * worker's `reports` built-in (and rebuilt by `reports:rebuild`):
 * - ticket_report_facts: one narrow row per ticket with its days in the
 *   organization's zone and its response/resolution times in seconds, so
 *   medians and 90th percentiles are exact over any period;
 * - ticket_daily_stats: per organization, day, group, priority and
 *   category, the tickets created and resolved that day, so counts and the
 *   backlog over years add up a few thousand rows instead of a million;
 * - ticket_report_assignments: one row per assignment (from the
 *   `ticket.assigned` event, whose id makes a redelivery harmless).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('ticket_report_facts', (table) => {
      table
        .bigInteger('ticket_id')
        .unsigned()
        .primary()
        .references('id')
        .inTable('tickets')
        .onDelete('CASCADE')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.integer('group_id').notNullable()
      table.integer('category_id').nullable()
      table.string('priority', 16).notNullable()
      table.integer('assignee_id').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.date('created_day').notNullable()
      table.integer('first_response_seconds').nullable()
      /** When the ticket was resolved (or closed), while it still is; null when open. */
      table.timestamp('done_at', { useTz: true }).nullable()
      table.date('done_day').nullable()
      table.integer('resolution_seconds').nullable()
      table.integer('reopened').notNullable().defaultTo(0)
    })
    this.schema.raw(
      'CREATE INDEX ticket_report_facts_created ON ticket_report_facts (organization_id, created_day) INCLUDE (group_id, priority, assignee_id, first_response_seconds)'
    )
    this.schema.raw(
      'CREATE INDEX ticket_report_facts_done ON ticket_report_facts (organization_id, done_day) INCLUDE (group_id, priority, assignee_id, resolution_seconds, reopened) WHERE done_day IS NOT NULL'
    )
    this.schema.raw(
      'CREATE INDEX ticket_report_facts_assignee ON ticket_report_facts (organization_id, assignee_id, created_day)'
    )

    this.schema.createTable('ticket_daily_stats', (table) => {
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.date('day').notNullable()
      table.integer('group_id').notNullable()
      table.string('priority', 16).notNullable()
      table.integer('category_id').nullable()
      table.integer('created').notNullable()
      table.integer('resolved').notNullable()
      /** Of the tickets resolved that day, how many had been reopened before. */
      table.integer('reopened').notNullable()
    })
    this.schema.raw(
      'CREATE INDEX ticket_daily_stats_day ON ticket_daily_stats (organization_id, day) INCLUDE (group_id, priority, category_id, created, resolved, reopened)'
    )

    this.schema.createTable('ticket_report_assignments', (table) => {
      /** The `ticket.assigned` event this row came from. */
      table.bigInteger('event_id').primary()
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table
        .bigInteger('ticket_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('tickets')
        .onDelete('CASCADE')
      table.integer('agent_id').notNullable()
      table.integer('group_id').notNullable()
      table.string('priority', 16).notNullable()
      table.timestamp('assigned_at', { useTz: true }).notNullable()
      table.date('assigned_day').notNullable()
    })
    this.schema.raw(
      'CREATE INDEX ticket_report_assignments_day ON ticket_report_assignments (organization_id, assigned_day) INCLUDE (agent_id, group_id, priority)'
    )
  }

  async down() {
    this.schema.dropTable('ticket_report_assignments')
    this.schema.dropTable('ticket_daily_stats')
    this.schema.dropTable('ticket_report_facts')
  }
}
