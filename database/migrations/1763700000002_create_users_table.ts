import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('name', 120).notNullable()
      table.string('email', 254).notNullable()
      /** Null for directory users (LDAP) and for invited users who have not chosen one yet. */
      table.string('password').nullable()
      table.string('role', 16).notNullable()
      table.string('department', 120).nullable()
      /** Null means "use the organization's default locale". */
      table.string('locale', 10).nullable()
      table.string('theme', 10).notNullable().defaultTo('system')
      table.boolean('is_active').notNullable().defaultTo(true)
      table.string('auth_source', 64).notNullable().defaultTo('local')
      table.string('external_id', 255).nullable()
      table.timestamp('last_sign_in_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['organization_id', 'role'])
    })

    this.schema.raw(
      `ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('admin', 'agent', 'customer'))`
    )
    this.schema.raw(
      `ALTER TABLE users ADD CONSTRAINT users_theme_check CHECK (theme IN ('system', 'light', 'dark'))`
    )
    /** E-mail is the sign-in identifier, so it is unique across the install, case-insensitively. */
    this.schema.raw(`CREATE UNIQUE INDEX users_email_unique ON users (lower(email))`)
    this.schema.raw(
      `CREATE UNIQUE INDEX users_external_identity_unique ON users (organization_id, auth_source, external_id) WHERE external_id IS NOT NULL`
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
