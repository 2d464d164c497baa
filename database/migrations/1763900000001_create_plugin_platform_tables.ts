import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    /** One row per organization and plugin: the switch, the settings (secrets encrypted), the last failure. */
    this.schema.createTable('plugin_installations', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('plugin_id', 64).notNullable()
      table.boolean('enabled').notNullable().defaultTo(false)
      table.jsonb('settings').notNullable().defaultTo('{}')
      table.text('last_error').nullable()
      table.string('last_error_hook', 64).nullable()
      table.timestamp('last_error_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['organization_id', 'plugin_id'])
    })

    /**
     * Events written in the same transaction as the change they describe;
     * the relay and the sweep publish them to the queue.
     */
    this.schema.createTable('outbox_events', (table) => {
      table.bigIncrements('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('name', 64).notNullable()
      table.jsonb('payload').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('published_at', { useTz: true }).nullable()
    })
    this.schema.raw(
      'CREATE INDEX outbox_events_unpublished ON outbox_events (id) WHERE published_at IS NULL'
    )

    /** One row per (event, subscriber): the durable record of each delivery and its fate. */
    this.schema.createTable('event_deliveries', (table) => {
      table.bigIncrements('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table
        .bigInteger('outbox_event_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('outbox_events')
        .onDelete('CASCADE')
      table.string('subscriber', 80).notNullable()
      table.string('event', 64).notNullable()
      table.string('status', 16).notNullable().defaultTo('pending')
      table.integer('attempts').notNullable().defaultTo(0)
      table.text('last_error').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.timestamp('completed_at', { useTz: true }).nullable()
      table.unique(['outbox_event_id', 'subscriber'])
      table.index(['organization_id', 'subscriber', 'status', 'updated_at'])
    })
    this.schema.raw(
      `ALTER TABLE event_deliveries ADD CONSTRAINT event_deliveries_status_check CHECK (status IN ('pending', 'ok', 'skipped', 'dead'))`
    )

    /** Steps of a delivery that completed (EventContext.once): a retry skips them. */
    this.schema.createTable('delivery_steps', (table) => {
      table
        .bigInteger('delivery_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('event_deliveries')
        .onDelete('CASCADE')
      table.string('step', 120).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.primary(['delivery_id', 'step'])
    })

    /** Every e-mail notification sent or failed, for admins and for the person's own record. */
    this.schema.createTable('notification_logs', (table) => {
      table.bigIncrements('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table
        .bigInteger('ticket_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('tickets')
        .onDelete('CASCADE')
      table
        .integer('user_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table
        .bigInteger('delivery_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('event_deliveries')
        .onDelete('SET NULL')
      table.string('kind', 40).notNullable()
      table.string('channel', 16).notNullable().defaultTo('mail')
      table.string('recipient', 254).notNullable()
      table.string('subject', 300).notNullable()
      table.string('message_id', 300).nullable()
      table.string('status', 16).notNullable()
      table.text('error').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['organization_id', 'created_at'])
      table.index(['ticket_id'])
    })
    this.schema.raw(
      `ALTER TABLE notification_logs ADD CONSTRAINT notification_logs_status_check CHECK (status IN ('sent', 'failed'))`
    )

    /** Which notifications a person wants; a missing key means "yes". */
    this.schema.alterTable('users', (table) => {
      table.jsonb('notification_preferences').notNullable().defaultTo('{}')
    })

    /** Whether the local password or an auth provider plugin is asked first at sign-in. */
    this.schema.alterTable('organizations', (table) => {
      table.string('sign_in_order', 16).notNullable().defaultTo('local_first')
    })
    this.schema.raw(
      `ALTER TABLE organizations ADD CONSTRAINT organizations_sign_in_order_check CHECK (sign_in_order IN ('local_first', 'provider_first'))`
    )
  }

  async down() {
    this.schema.alterTable('organizations', (table) => table.dropColumn('sign_in_order'))
    this.schema.alterTable('users', (table) => table.dropColumn('notification_preferences'))
    this.schema.dropTable('notification_logs')
    this.schema.dropTable('delivery_steps')
    this.schema.dropTable('event_deliveries')
    this.schema.dropTable('outbox_events')
    this.schema.dropTable('plugin_installations')
  }
}
