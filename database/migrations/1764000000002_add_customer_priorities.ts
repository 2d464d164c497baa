import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Which priorities a customer may choose when filing a ticket. "Critical"
 * is left to agents by default: it pages people, so it should be a triage
 * decision rather than the requester's first click.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(
      `ALTER TABLE organizations ADD COLUMN customer_priorities text[] NOT NULL DEFAULT ARRAY['low', 'medium', 'high']`
    )
    this.schema.raw(
      `ALTER TABLE organizations ADD CONSTRAINT organizations_customer_priorities_check
         CHECK (cardinality(customer_priorities) > 0
                AND customer_priorities <@ ARRAY['low', 'medium', 'high', 'critical'])`
    )
  }

  async down() {
    this.schema.alterTable('organizations', (table) => {
      table.dropColumn('customer_priorities')
    })
  }
}
