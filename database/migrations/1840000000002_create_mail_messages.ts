import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Every message the e-mail channel fetched (issue 17), recorded before it
 * is processed: by (mailbox, fetch generation, UIDVALIDITY, UID), so a worker that dies
 * mid-batch finds it again and processes nothing twice, and by Message-ID,
 * so the same mail fetched again (moved back, a new UIDVALIDITY) is known.
 * The raw message stays in Drive under raw_key: agents download it as
 * .eml, and a failed one can be retried from it.
 *
 * status: pending (recorded, not yet processed), ticket, reply, ignored
 * (reason says why: bounce, auto_reply, ...), held (loop protection, for
 * an admin to release) or failed (error says why: the dead-letter list).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('mail_messages', (table) => {
      table.bigIncrements('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      // SET NULL: a deleted mailbox leaves its messages (and their .eml) with the tickets they opened.
      table
        .integer('mailbox_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('mailboxes')
        .onDelete('SET NULL')
      /** mailboxes.fetch_generation when fetched: UIDs of another server or folder are other messages. */
      table.integer('generation').notNullable().defaultTo(1)
      table.bigInteger('uid_validity').notNullable()
      table.bigInteger('uid').notNullable()
      table.string('message_id', 998).nullable()
      table.string('from_address', 320).nullable()
      table.text('subject').nullable()
      table.string('raw_key', 255).notNullable()
      table.integer('raw_size').notNullable()
      table.string('status', 8).notNullable().defaultTo('pending')
      table.string('reason', 32).nullable()
      /** Which rule ignored or held it, in words for the admin. */
      table.text('detail').nullable()
      table.text('error').nullable()
      table.bigInteger('ticket_id').unsigned().nullable()
      table.bigInteger('comment_id').unsigned().nullable()
      /** The text before quotes and signatures were trimmed from the visible reply. */
      table.text('full_text').nullable()
      /** Attachments refused under the upload rules: [{ name, reason }]. */
      table.jsonb('refused_attachments').notNullable().defaultTo('[]')
      table.integer('attempts').notNullable().defaultTo(0)
      table.timestamp('received_at', { useTz: true }).nullable()
      table.timestamp('processed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['mailbox_id', 'generation', 'uid_validity', 'uid'])
      table.index(['organization_id', 'message_id'])
      table.index(['mailbox_id', 'status', 'id'])
      table.index(['mailbox_id', 'from_address', 'created_at'])
      table.index(['ticket_id'])
    })
    this.schema.raw(
      `ALTER TABLE mail_messages ADD CONSTRAINT mail_messages_status_check CHECK (status IN ('pending', 'ticket', 'reply', 'ignored', 'held', 'failed'))`
    )
    // Composite tenant keys (as 1764500000001): the ticket and comment are of the message's organization.
    this.schema.raw(
      `ALTER TABLE mail_messages ADD CONSTRAINT mail_messages_ticket_id_foreign FOREIGN KEY (organization_id, ticket_id) REFERENCES tickets (organization_id, id) ON DELETE SET NULL (ticket_id)`
    )
    this.schema.raw(
      `ALTER TABLE mail_messages ADD CONSTRAINT mail_messages_comment_id_foreign FOREIGN KEY (organization_id, comment_id) REFERENCES ticket_comments (organization_id, id) ON DELETE SET NULL (comment_id)`
    )

    /**
     * The fetch lease: one worker fetches a mailbox at a time. A lease, not a
     * lock held on a connection, so a fetch of thousands of messages holds no
     * transaction open, and a worker that dies frees the mailbox when its
     * lease runs out.
     */
    this.schema.alterTable('mailboxes', (table) => {
      table.string('fetch_lease_owner', 64).nullable()
      /**
       * Raised when the server, account or folder changes: a UID (even with
       * the same UIDVALIDITY) then names another message than before.
       */
      table.integer('fetch_generation').notNullable().defaultTo(1)
      table.timestamp('fetch_lease_until', { useTz: true }).nullable()
    })

    // A bounce for a notification marks its log row (issue 17, point 5).
    this.schema.raw(`ALTER TABLE notification_logs DROP CONSTRAINT notification_logs_status_check`)
    this.schema.raw(
      `ALTER TABLE notification_logs ADD CONSTRAINT notification_logs_status_check CHECK (status IN ('sent', 'failed', 'bounced'))`
    )
    this.schema.alterTable('notification_logs', (table) => {
      table.timestamp('bounced_at', { useTz: true }).nullable()
      table.index(['organization_id', 'message_id'])
    })
  }

  async down() {
    this.schema.alterTable('notification_logs', (table) => {
      table.dropIndex(['organization_id', 'message_id'])
      table.dropColumn('bounced_at')
    })
    this.schema.raw(`ALTER TABLE notification_logs DROP CONSTRAINT notification_logs_status_check`)
    this.schema.raw(
      `ALTER TABLE notification_logs ADD CONSTRAINT notification_logs_status_check CHECK (status IN ('sent', 'failed'))`
    )
    this.schema.alterTable('mailboxes', (table) => {
      table.dropColumn('fetch_lease_owner')
      table.dropColumn('fetch_lease_until')
      table.dropColumn('fetch_generation')
    })
    this.schema.dropTable('mail_messages')
  }
}
