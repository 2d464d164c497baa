import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Mailboxes of the e-mail channel (issue 17): where an organization's mail
 * is fetched from over IMAP, the group its new tickets go to, and what
 * happens to fetched mail. The password is stored encrypted with APP_KEY
 * (it has to be sent to the IMAP server, so it cannot be hashed).
 * uid_validity and last_uid are the fetcher's place in the folder.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('mailboxes', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('name', 120).notNullable()
      table.string('host', 253).notNullable()
      table.integer('port').notNullable()
      table.string('tls', 16).notNullable().defaultTo('implicit')
      table.boolean('verify_certificates').notNullable().defaultTo(true)
      table.string('username', 320).notNullable()
      table.text('password_encrypted').nullable()
      table.string('folder', 255).notNullable().defaultTo('INBOX')
      /** New tickets go here: a mailbox always has a group (see the key below). */
      table.integer('group_id').unsigned().notNullable()
      table.string('after_fetch', 8).notNullable().defaultTo('move')
      table.string('move_to', 255).notNullable().defaultTo('Processed')
      table.boolean('allow_cc_replies').notNullable().defaultTo(false)
      /** Loop protection: mail from one sender beyond loop_limit in loop_window_minutes is held. */
      table.integer('loop_limit').notNullable().defaultTo(20)
      table.integer('loop_window_minutes').notNullable().defaultTo(10)
      table.boolean('is_active').notNullable().defaultTo(true)
      table.bigInteger('uid_validity').nullable()
      table.bigInteger('last_uid').nullable()
      table.timestamp('last_fetched_at', { useTz: true }).nullable()
      table.text('last_error').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['organization_id', 'name'])
      table.index(['group_id'])
    })
    // Composite tenant key (as 1764500000001): the group is of the mailbox's organization.
    // RESTRICT: deleting the group deactivates it instead (TaxonomyService.remove).
    this.schema.raw(
      `ALTER TABLE mailboxes ADD CONSTRAINT mailboxes_group_id_foreign FOREIGN KEY (organization_id, group_id) REFERENCES groups (organization_id, id) ON DELETE RESTRICT`
    )
    this.schema.raw(
      `ALTER TABLE mailboxes ADD CONSTRAINT mailboxes_tls_check CHECK (tls IN ('implicit', 'starttls', 'none'))`
    )
    this.schema.raw(
      `ALTER TABLE mailboxes ADD CONSTRAINT mailboxes_after_fetch_check CHECK (after_fetch IN ('move', 'delete'))`
    )
    this.schema.raw(
      `ALTER TABLE mailboxes ADD CONSTRAINT mailboxes_port_check CHECK (port BETWEEN 1 AND 65535)`
    )
  }

  async down() {
    this.schema.dropTable('mailboxes')
  }
}
