import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'organizations'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('name', 120).notNullable()
      table.string('slug', 60).notNullable().unique()
      table.string('ticket_prefix', 10).notNullable().defaultTo('SB')
      table.string('timezone', 64).notNullable().defaultTo('UTC')
      table.string('default_locale', 10).notNullable().defaultTo('en')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
