import { BaseSchema } from '@adonisjs/lucid/schema'

/** The directory syncs of each organization: what each run found, did, or was held from doing. */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('ldap_sso_runs', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .notNullable()
        .references('organizations.id')
        .onDelete('CASCADE')
      /** schedule, manual (Admin → LDAP sign-in) or command */
      table.string('trigger', 16).notNullable()
      /** preview (dry run), done, held (too many deactivations) or failed */
      table.string('status', 16).notNullable()
      table.boolean('forced').notNullable().defaultTo(false)
      /** { people, create, update, deactivate, skip, errors } */
      table.jsonb('counts').notNullable()
      /** The planned changes with their reasons (the first 1,000), for the preview and the record. */
      table.jsonb('changes').notNullable()
      table.text('error').nullable()
      table.timestamp('started_at', { useTz: true }).notNullable()
      table.timestamp('finished_at', { useTz: true }).notNullable()
      table.index(['organization_id', 'started_at'])
    })
  }

  async down() {
    this.schema.dropTable('ldap_sso_runs')
  }
}
