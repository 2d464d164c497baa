import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Groups → categories → subcategories: the issue taxonomy admins manage.
 * An entry in use by tickets is deactivated, never deleted.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('organizations', (table) => {
      /** Resolved tickets close on their own after this many days (0 = never). */
      table.integer('auto_close_days').notNullable().defaultTo(7)
    })

    this.schema.createTable('categories', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table
        .integer('group_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('groups')
        .onDelete('CASCADE')
      table.string('name', 120).notNullable()
      table.integer('position').notNullable().defaultTo(0)
      table.boolean('is_active').notNullable().defaultTo(true)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['group_id', 'position'])
    })
    this.schema.raw(
      'CREATE UNIQUE INDEX categories_group_name_unique ON categories (group_id, lower(name))'
    )

    this.schema.createTable('subcategories', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table
        .integer('category_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('categories')
        .onDelete('CASCADE')
      table.string('name', 120).notNullable()
      table.integer('position').notNullable().defaultTo(0)
      table.boolean('is_active').notNullable().defaultTo(true)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['category_id', 'position'])
    })
    this.schema.raw(
      'CREATE UNIQUE INDEX subcategories_category_name_unique ON subcategories (category_id, lower(name))'
    )
  }

  async down() {
    this.schema.dropTable('subcategories')
    this.schema.dropTable('categories')
    this.schema.alterTable('organizations', (table) => {
      table.dropColumn('auto_close_days')
    })
  }
}
