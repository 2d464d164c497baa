import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Imports of tickets and users from CSV or Excel files. An import keeps its
 * file (in Drive), the admin's mapping, its progress and its report, so the
 * page survives a reload and a crashed worker resumes where it stopped.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('imports', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table
        .integer('created_by_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.string('kind', 16).notNullable()
      table.string('file_name', 255).notNullable()
      table.string('file_key', 255).notNullable()
      table.bigInteger('file_size').notNullable()
      table.string('file_hash', 64).notNullable()
      table.string('format', 8).notNullable()
      table.string('encoding', 16).nullable()
      table.string('delimiter', 4).nullable()
      table.jsonb('headers').notNullable().defaultTo('[]')
      table.jsonb('preview').notNullable().defaultTo('[]')
      table.jsonb('mapping').notNullable().defaultTo('{}')
      table.jsonb('value_maps').notNullable().defaultTo('{}')
      table.boolean('create_missing').notNullable().defaultTo(false)
      /** The group of ticket rows that name none. */
      table
        .integer('default_group_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('groups')
        .onDelete('SET NULL')
      /** uploaded → (checking → checked) → queued → running → completed | cancelled | failed */
      table.string('status', 16).notNullable().defaultTo('uploaded')
      /** Which pass the progress and notes belong to: the dry run or the real one. */
      table.string('pass', 8).nullable()
      table.jsonb('report').nullable()
      table.integer('total_rows').nullable()
      table.integer('processed_rows').notNullable().defaultTo(0)
      table.integer('created_rows').notNullable().defaultTo(0)
      table.integer('skipped_rows').notNullable().defaultTo(0)
      table.integer('refused_rows').notNullable().defaultTo(0)
      /** In English as written; with `error_params`, put into the reader's language when shown. */
      table.text('error').nullable()
      table.jsonb('error_params').nullable()
      table.boolean('cancel_requested').notNullable().defaultTo(false)
      table.timestamp('started_at', { useTz: true }).nullable()
      table.timestamp('finished_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['organization_id', 'created_at'])
    })
    this.schema.raw(
      `ALTER TABLE imports ADD CONSTRAINT imports_kind_check CHECK (kind IN ('tickets', 'users'))`
    )
    this.schema.raw(
      `ALTER TABLE imports ADD CONSTRAINT imports_status_check CHECK (status IN ('uploaded', 'checking', 'checked', 'queued', 'running', 'completed', 'cancelled', 'failed'))`
    )

    /** What a pass said about single rows: refusals, and cells it changed (formulas kept as text). */
    this.schema.createTable('import_notes', (table) => {
      table.bigIncrements('id')
      table
        .integer('import_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('imports')
        .onDelete('CASCADE')
      table.string('pass', 8).notNullable()
      table.string('kind', 8).notNullable()
      table.integer('row_number').notNullable()
      table.string('column', 255).nullable()
      /** The English text with {placeholders}, and their values: shown in the reader's language. */
      table.text('message').notNullable()
      table.jsonb('params').nullable()
      table.jsonb('cells').nullable()
      table.index(['import_id', 'pass', 'kind', 'row_number'])
    })

    /**
     * Every row imported, by its external reference or by a hash of the row:
     * a re-run of the same file (or a resumed run) skips what is here.
     */
    this.schema.createTable('imported_records', (table) => {
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('kind', 16).notNullable()
      table.string('key', 300).notNullable()
      table.bigInteger('record_id').notNullable()
      table
        .integer('import_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('imports')
        .onDelete('SET NULL')
      table.primary(['organization_id', 'kind', 'key'])
    })

    this.schema.raw('ALTER TABLE tickets DROP CONSTRAINT tickets_source_check')
    this.schema.raw(
      `ALTER TABLE tickets ADD CONSTRAINT tickets_source_check CHECK (source IN ('portal', 'api', 'email', 'import'))`
    )
  }

  async down() {
    this.schema.raw(`UPDATE tickets SET source = 'api' WHERE source = 'import'`)
    this.schema.raw('ALTER TABLE tickets DROP CONSTRAINT tickets_source_check')
    this.schema.raw(
      `ALTER TABLE tickets ADD CONSTRAINT tickets_source_check CHECK (source IN ('portal', 'api', 'email'))`
    )
    this.schema.dropTable('imported_records')
    this.schema.dropTable('import_notes')
    this.schema.dropTable('imports')
  }
}
