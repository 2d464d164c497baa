import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What the accuracy report compares a suggestion with: the ticket's
 * group, category, subcategory, priority and status as its latest event
 * showed them, and when that was (events may arrive out of order).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('ai_triage_suggestions', (table) => {
      table.jsonb('ticket_now').nullable()
      table.timestamp('ticket_seen_at', { useTz: true }).nullable()
      table.index(['organization_id', 'created_at'])
    })
  }

  async down() {
    this.schema.alterTable('ai_triage_suggestions', (table) => {
      table.dropIndex(['organization_id', 'created_at'])
      table.dropColumn('ticket_seen_at')
      table.dropColumn('ticket_now')
    })
  }
}
