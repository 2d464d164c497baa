import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Ticket numbers come from one PostgreSQL sequence per organization instead
 * of a counter row. `nextval` takes no row lock, so concurrent creations no
 * longer queue behind the first one's history, audit and outbox writes
 * until its commit. The price is that a rolled-back creation leaves a gap,
 * as every sequence-numbered helpdesk does.
 *
 * `ticket_number_sequence(org)` answers the organization's sequence and
 * creates it on first use, so organizations made by any path (the app,
 * seeds, raw SQL) number from 1001 without a setup step. The advisory lock
 * makes a first use by two transactions at once create it once. Owned by
 * `organizations.id`, the sequences go when that table is dropped (a
 * fresh migration), so a new organization 1 never inherits an old count.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      CREATE OR REPLACE FUNCTION ticket_number_sequence(org integer) RETURNS regclass
      LANGUAGE plpgsql AS $$
      DECLARE
        name text := 'ticket_numbers_org_' || org;
        seq regclass := to_regclass(name);
      BEGIN
        IF seq IS NULL THEN
          PERFORM pg_advisory_xact_lock(hashtext('ticket_number_sequence'), org);
          EXECUTE format(
            'CREATE SEQUENCE IF NOT EXISTS %I AS integer START WITH 1001 MINVALUE 1 OWNED BY organizations.id',
            name
          );
          seq := to_regclass(name);
        END IF;
        RETURN seq;
      END $$`)
    // The sequence goes with its organization.
    this.schema.raw(`
      CREATE OR REPLACE FUNCTION drop_ticket_number_sequence() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format('DROP SEQUENCE IF EXISTS %I', 'ticket_numbers_org_' || OLD.id);
        RETURN OLD;
      END $$`)
    this.schema.raw(`
      CREATE TRIGGER organizations_drop_ticket_number_sequence AFTER DELETE ON organizations
      FOR EACH ROW EXECUTE FUNCTION drop_ticket_number_sequence()`)
    this.schema.raw(`
      SELECT setval(ticket_number_sequence(organization_id), last_number) FROM ticket_counters`)
    this.schema.dropTable('ticket_counters')
  }

  async down() {
    this.schema.createTable('ticket_counters', (table) => {
      table
        .integer('organization_id')
        .unsigned()
        .primary()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.integer('last_number').notNullable().defaultTo(1000)
    })
    this.schema.raw(`
      INSERT INTO ticket_counters (organization_id, last_number)
      SELECT organization_id, max(number) FROM tickets GROUP BY organization_id`)
    this.schema.raw(`
      DO $$ DECLARE org record; BEGIN
        FOR org IN SELECT id FROM organizations LOOP
          EXECUTE format('DROP SEQUENCE IF EXISTS %I', 'ticket_numbers_org_' || org.id);
        END LOOP;
      END $$`)
    this.schema.raw('DROP TRIGGER organizations_drop_ticket_number_sequence ON organizations')
    this.schema.raw('DROP FUNCTION IF EXISTS drop_ticket_number_sequence()')
    this.schema.raw('DROP FUNCTION IF EXISTS ticket_number_sequence(integer)')
  }
}
