import { BaseSchema } from '@adonisjs/lucid/schema'

const TARGETS = ['first_response', 'next_response', 'resolution']

/**
 * Business minutes taken and the difference to the target, per target, as
 * the clock kept them at its last computation: final once a target is met,
 * "so far" while it runs (the desk's panel counts those live).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('sla_escalation_clocks', (table) => {
      for (const target of TARGETS) {
        table.integer(`${target}_business_minutes`).nullable()
        table.integer(`${target}_diff_minutes`).nullable()
      }
    })
  }

  async down() {
    this.schema.alterTable('sla_escalation_clocks', (table) => {
      for (const target of TARGETS) {
        table.dropColumn(`${target}_business_minutes`)
        table.dropColumn(`${target}_diff_minutes`)
      }
    })
  }
}
