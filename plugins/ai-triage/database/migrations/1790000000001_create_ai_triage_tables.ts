import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * AI triage's own tables. Each carries organization_id (the SDK scopes
 * every query by it) and cascades with its organization and ticket.
 */
export default class extends BaseSchema {
  async up() {
    /** One trained offline model per organization and field (group, category, subcategory, priority). */
    this.schema.createTable('ai_triage_models', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .notNullable()
        .references('organizations.id')
        .onDelete('CASCADE')
      table.string('field', 16).notNullable()
      table.integer('version').notNullable()
      table.integer('examples').notNullable()
      table.jsonb('labels').notNullable()
      /** The serialized model (see engine/offline), base64. */
      table.text('payload').notNullable()
      table.jsonb('metrics').nullable()
      table.timestamp('trained_at', { useTz: true }).notNullable()
      table.unique(['organization_id', 'field'])
    })

    /** The suggestion for a ticket: each field's value, confidence and state. */
    this.schema.createTable('ai_triage_suggestions', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .notNullable()
        .references('organizations.id')
        .onDelete('CASCADE')
      table.bigInteger('ticket_id').notNullable().references('tickets.id').onDelete('CASCADE')
      table.string('engine', 16).notNullable()
      table.string('model_version', 120).notNullable()
      /** { group_id: { value, confidence, state }, … } — state: suggested, applied or dismissed. */
      table.jsonb('fields').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['organization_id', 'ticket_id'])
    })
  }

  async down() {
    this.schema.dropTable('ai_triage_suggestions')
    this.schema.dropTable('ai_triage_models')
  }
}
