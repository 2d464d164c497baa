import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The directory group names an `auth.provider` last answered for a user
 * (`ExternalIdentity.groups`): shown in Admin → Users and given to plugins.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('users', (table) => {
      table.specificType('directory_groups', 'text[]').notNullable().defaultTo('{}')
    })
  }

  async down() {
    this.schema.alterTable('users', (table) => table.dropColumn('directory_groups'))
  }
}
