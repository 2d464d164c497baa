import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Automatic assignment (issue 16).
 *
 * - groups: the mode, the optional cap of open tickets per agent (counted
 *   across all groups), and the round robin cursor: the last agent the
 *   rotation gave a ticket to, so the order survives restarts and is the
 *   same for every process.
 * - users: availability (away, optionally until a time) and when the agent
 *   was last given a ticket, which breaks least-active ties.
 * - tickets: when a ticket joined its group's assignment queue; cleared
 *   once anyone assigns it. The partial index holds only the waiting ones.
 * - ticket_history: why an automatic assignment chose its agent, stored as
 *   an English text with its values so each reader sees their language.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('groups', (table) => {
      table.string('assignment_mode', 20).notNullable().defaultTo('off')
      table.integer('assignment_max_open').nullable()
      table.integer('round_robin_last_user_id').nullable()
    })
    this.schema.raw(
      `ALTER TABLE groups ADD CONSTRAINT groups_assignment_mode_check
         CHECK (assignment_mode IN ('off', 'round_robin', 'least_active'))`
    )
    this.schema.raw(
      `ALTER TABLE groups ADD CONSTRAINT groups_assignment_max_open_check
         CHECK (assignment_max_open IS NULL OR assignment_max_open > 0)`
    )
    this.schema.alterTable('users', (table) => {
      table.boolean('is_away').notNullable().defaultTo(false)
      table.timestamp('away_until', { useTz: true }).nullable()
      table.timestamp('last_assigned_at', { useTz: true }).nullable()
    })
    this.schema.alterTable('tickets', (table) => {
      table.timestamp('assignment_queued_at', { useTz: true }).nullable()
    })
    this.schema.raw(
      `CREATE INDEX tickets_assignment_queue ON tickets (organization_id, group_id, assignment_queued_at, id)
         WHERE assignment_queued_at IS NOT NULL AND assignee_id IS NULL`
    )
    this.schema.alterTable('ticket_history', (table) => {
      table.text('reason').nullable()
      table.jsonb('reason_params').nullable()
    })
  }

  async down() {
    this.schema.alterTable('ticket_history', (table) => {
      table.dropColumn('reason')
      table.dropColumn('reason_params')
    })
    this.schema.raw('DROP INDEX tickets_assignment_queue')
    this.schema.alterTable('tickets', (table) => {
      table.dropColumn('assignment_queued_at')
    })
    this.schema.alterTable('users', (table) => {
      table.dropColumn('is_away')
      table.dropColumn('away_until')
      table.dropColumn('last_assigned_at')
    })
    this.schema.alterTable('groups', (table) => {
      table.dropColumn('assignment_mode')
      table.dropColumn('assignment_max_open')
      table.dropColumn('round_robin_last_user_id')
    })
  }
}
