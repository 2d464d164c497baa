import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Month rollups that keep long reports fast (issue 16: any period within
 * 300 ms at a million tickets), kept by the same worker handler and
 * rebuild as the daily rows:
 * - ticket_month_times: per month, group and priority, how many first
 *   responses (`f`, by the month the ticket was created) and resolutions
 *   (`r`, by the month it was resolved) fell in each time bucket
 *   (app/services/reports/report_buckets.ts). A percentile is then looked
 *   for in one bucket's tickets instead of sorting every ticket.
 * - ticket_month_agents: per month, agent, group and priority, the
 *   assignments made to the agent, the tickets they hold that were
 *   resolved, and those created with a first response.
 * - ticket_month_agent_times: per month and agent, the first responses of
 *   the tickets they hold per time bucket, for the agents' medians.
 * The two value-ordered indexes on the facts serve that look-up: the
 * percentile's bucket, then the tickets in value order from its floor.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('ticket_month_times', (table) => {
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('metric', 1).notNullable()
      table.date('month').notNullable()
      table.integer('group_id').notNullable()
      table.string('priority', 16).notNullable()
      table.smallint('bucket').notNullable()
      table.integer('tickets').notNullable()
      table.primary(['organization_id', 'metric', 'month', 'group_id', 'priority', 'bucket'])
    })
    this.schema.createTable('ticket_month_agents', (table) => {
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.date('month').notNullable()
      table.integer('agent_id').notNullable()
      table.integer('group_id').notNullable()
      table.string('priority', 16).notNullable()
      table.integer('assigned').notNullable().defaultTo(0)
      table.integer('resolved').notNullable().defaultTo(0)
      table.integer('responded').notNullable().defaultTo(0)
      table.primary(['organization_id', 'month', 'agent_id', 'group_id', 'priority'])
    })
    this.schema.createTable('ticket_month_agent_times', (table) => {
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.date('month').notNullable()
      table.integer('agent_id').notNullable()
      table.smallint('bucket').notNullable()
      table.integer('tickets').notNullable()
      table.primary(['organization_id', 'month', 'agent_id', 'bucket'])
    })
    this.schema.raw(
      `CREATE INDEX ticket_report_facts_first_response ON ticket_report_facts (organization_id, first_response_seconds)
         INCLUDE (created_day, group_id, priority) WHERE first_response_seconds IS NOT NULL`
    )
    this.schema.raw(
      `CREATE INDEX ticket_report_facts_resolution ON ticket_report_facts (organization_id, resolution_seconds)
         INCLUDE (done_day, group_id, priority) WHERE done_day IS NOT NULL`
    )
    this.schema.raw(
      `CREATE INDEX ticket_report_facts_agent_response ON ticket_report_facts (organization_id, assignee_id, first_response_seconds)
         INCLUDE (created_day, group_id, priority) WHERE first_response_seconds IS NOT NULL`
    )
    // Existing installations fill the new tables through the worker's backfill.
    this.defer(async (db) => {
      await db.rawQuery('UPDATE organizations SET reports_rebuild_requested_at = now()')
    })
  }

  async down() {
    this.schema.raw('DROP INDEX ticket_report_facts_agent_response')
    this.schema.raw('DROP INDEX ticket_report_facts_resolution')
    this.schema.raw('DROP INDEX ticket_report_facts_first_response')
    this.schema.dropTable('ticket_month_agent_times')
    this.schema.dropTable('ticket_month_agents')
    this.schema.dropTable('ticket_month_times')
  }
}
