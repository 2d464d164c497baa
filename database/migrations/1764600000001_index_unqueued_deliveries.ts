import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Deliveries are written with their event and queued after commit; the
 * worker's sweep looks every few seconds for those never run, in case
 * their job did not reach Redis. This index holds only them, so the sweep
 * reads a handful of entries however many deliveries the table keeps.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(
      `CREATE INDEX event_deliveries_unqueued ON event_deliveries (id) WHERE status = 'pending' AND attempts = 0`
    )
  }

  async down() {
    this.schema.raw('DROP INDEX event_deliveries_unqueued')
  }
}
