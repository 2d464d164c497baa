import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The SLA plugin's own tables. Every one carries organization_id (the SDK
 * scopes each query by it) and cascades with its organization and ticket,
 * so removing either leaves nothing behind.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('sla_escalation_calendars', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .notNullable()
        .references('organizations.id')
        .onDelete('CASCADE')
      table.string('name', 80).notNullable()
      table.string('timezone', 64).notNullable()
      /** { mon: [["09:00","17:00"]], …, sun: [] } */
      table.jsonb('hours').notNullable()
      /** [{ date: "2026-12-25", yearly: true }] */
      table.jsonb('holidays').notNullable().defaultTo('[]')
      table.boolean('is_default').notNullable().defaultTo(false)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['organization_id', 'name'])
    })

    this.schema.createTable('sla_escalation_policies', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .notNullable()
        .references('organizations.id')
        .onDelete('CASCADE')
      table.string('name', 80).notNullable()
      /** The admin's order: the first matching policy applies. */
      table.integer('position').notNullable()
      /** { priority: ["high"], group: [3], category: [] } — ids for groups and categories. */
      table.jsonb('conditions').notNullable()
      table.integer('calendar_id').notNullable().references('sla_escalation_calendars.id')
      table.integer('first_response_minutes').nullable()
      table.integer('next_response_minutes').nullable()
      table.string('next_response_mode', 20).notNullable().defaultTo('after_customer')
      table.integer('resolution_minutes').nullable()
      /** The escalation ladder: [{ id, target, when, minutes, actions: [...] }]. */
      table.jsonb('ladder').notNullable().defaultTo('[]')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['organization_id', 'name'])
    })

    this.schema.createTable('sla_escalation_clocks', (table) => {
      table.bigIncrements('id')
      table
        .integer('organization_id')
        .notNullable()
        .references('organizations.id')
        .onDelete('CASCADE')
      table.bigInteger('ticket_id').notNullable().references('tickets.id').onDelete('CASCADE')
      /** What the clock is computed from: the ticket's facts as last seen. */
      table.timestamp('ticket_created_at', { useTz: true }).notNullable()
      table.string('status', 32).notNullable()
      table.string('priority', 16).notNullable()
      table.integer('group_id').nullable()
      table.integer('category_id').nullable()
      /** { status: <at creation>, events: [{ at, type, to? }] } */
      table.jsonb('timeline').notNullable()
      /** Grows with the ticket's records; an older read never overwrites a newer one. */
      table.integer('version').notNullable().defaultTo(0)
      /** The result, kept for lists, badges, the report and the sweep. */
      table
        .integer('policy_id')
        .nullable()
        .references('sla_escalation_policies.id')
        .onDelete('SET NULL')
      table.boolean('paused').notNullable().defaultTo(false)
      table.timestamp('first_response_due_at', { useTz: true }).nullable()
      table.timestamp('first_response_met_at', { useTz: true }).nullable()
      table.timestamp('next_response_started_at', { useTz: true }).nullable()
      table.timestamp('next_response_due_at', { useTz: true }).nullable()
      table.timestamp('next_response_met_at', { useTz: true }).nullable()
      table.timestamp('resolution_due_at', { useTz: true }).nullable()
      table.timestamp('resolution_met_at', { useTz: true }).nullable()
      table.timestamp('escalation_at', { useTz: true }).nullable()
      /** When the sweep next has a ladder step to fire; null: nothing pending. */
      table.timestamp('next_step_at', { useTz: true }).nullable()
      table.timestamp('computed_at', { useTz: true }).notNullable()
      table.unique(['organization_id', 'ticket_id'])
      table.index(['organization_id', 'escalation_at'])
      table.index(['organization_id', 'ticket_created_at'])
    })
    // The sweep reads only the rows whose next step is due: a partial index
    // keeps paused, met and policy-less tickets out of it entirely.
    this.schema.raw(
      'CREATE INDEX sla_escalation_clocks_next_step ON sla_escalation_clocks (organization_id, next_step_at) WHERE next_step_at IS NOT NULL'
    )

    this.schema.createTable('sla_escalation_fired_steps', (table) => {
      table.bigIncrements('id')
      table
        .integer('organization_id')
        .notNullable()
        .references('organizations.id')
        .onDelete('CASCADE')
      table.bigInteger('ticket_id').notNullable().references('tickets.id').onDelete('CASCADE')
      /** policy, step, target and the cycle's start: a step fires once per cycle. */
      table.string('step_key', 200).notNullable()
      table.string('target', 20).notNullable()
      table.string('kind', 10).notNullable()
      table.timestamp('fired_at', { useTz: true }).notNullable()
      table.unique(['organization_id', 'ticket_id', 'step_key'])
    })
  }

  async down() {
    this.schema.dropTable('sla_escalation_fired_steps')
    this.schema.dropTable('sla_escalation_clocks')
    this.schema.dropTable('sla_escalation_policies')
    this.schema.dropTable('sla_escalation_calendars')
  }
}
