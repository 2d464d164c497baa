import { BaseSchema } from '@adonisjs/lucid/schema'

/** A person's own time zone for dates in pages and e-mails; null follows the organization's. */
export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.string('timezone', 64).nullable()
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('timezone')
    })
  }
}
