import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    /**
     * One row per organization holding the last ticket number handed out.
     * Taking a number updates this row inside the ticket's transaction, so
     * concurrent creators queue on its lock and a rolled-back creation
     * returns its number: numbers are unique and gap-free.
     */
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

    this.schema.createTable('tickets', (table) => {
      table.bigIncrements('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.integer('number').notNullable()
      /** The human number as issued (e.g. SB-1042); kept if the prefix changes later. */
      table.string('reference', 24).notNullable()
      table.string('title', 200).notNullable()
      table.text('description').notNullable()
      table.text('description_html').notNullable()
      table.string('priority', 16).notNullable().defaultTo('medium')
      table.string('status', 24).notNullable().defaultTo('open')
      table.string('source', 16).notNullable().defaultTo('portal')
      table.integer('requester_id').unsigned().notNullable().references('id').inTable('users')
      table.integer('assignee_id').unsigned().nullable().references('id').inTable('users')
      table.integer('group_id').unsigned().notNullable().references('id').inTable('groups')
      table.integer('category_id').unsigned().nullable().references('id').inTable('categories')
      table
        .integer('subcategory_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('subcategories')
      table.timestamp('first_response_at', { useTz: true }).nullable()
      table.timestamp('resolved_at', { useTz: true }).nullable()
      table.timestamp('closed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.specificType('search_vector', 'tsvector')
      table.specificType('internal_search_vector', 'tsvector')

      table.unique(['organization_id', 'number'])
    })

    this.schema.raw(
      `ALTER TABLE tickets ADD CONSTRAINT tickets_priority_check CHECK (priority IN ('low', 'medium', 'high', 'critical'))`
    )
    this.schema.raw(
      `ALTER TABLE tickets ADD CONSTRAINT tickets_status_check CHECK (status IN ('open', 'assigned', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'))`
    )
    this.schema.raw(
      `ALTER TABLE tickets ADD CONSTRAINT tickets_source_check CHECK (source IN ('portal', 'api', 'email'))`
    )

    /** Queue views: newest first within the organization, narrowed by status, assignee, group, requester, priority. */
    this.schema.raw(
      'CREATE INDEX tickets_org_created ON tickets (organization_id, created_at DESC, id DESC)'
    )
    this.schema.raw(
      'CREATE INDEX tickets_org_updated ON tickets (organization_id, updated_at DESC, id DESC)'
    )
    this.schema.raw(
      'CREATE INDEX tickets_org_status_created ON tickets (organization_id, status, created_at DESC)'
    )
    this.schema.raw(
      'CREATE INDEX tickets_org_assignee_status ON tickets (organization_id, assignee_id, status, created_at DESC)'
    )
    this.schema.raw(
      'CREATE INDEX tickets_org_group_status ON tickets (organization_id, group_id, status, created_at DESC)'
    )
    this.schema.raw(
      'CREATE INDEX tickets_org_requester_created ON tickets (organization_id, requester_id, created_at DESC)'
    )
    this.schema.raw(
      'CREATE INDEX tickets_org_priority_status ON tickets (organization_id, priority, status, created_at DESC)'
    )
    this.schema.raw(
      "CREATE INDEX tickets_resolved_auto_close ON tickets (resolved_at) WHERE status = 'resolved'"
    )
    this.schema.raw('CREATE INDEX tickets_search ON tickets USING GIN (search_vector)')
    this.schema.raw(
      'CREATE INDEX tickets_internal_search ON tickets USING GIN (internal_search_vector)'
    )

    this.schema.createTable('ticket_comments', (table) => {
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
        .notNullable()
        .references('id')
        .inTable('tickets')
        .onDelete('CASCADE')
      table.integer('author_id').unsigned().notNullable().references('id').inTable('users')
      table.text('body').notNullable()
      table.text('body_html').notNullable()
      table.boolean('is_internal').notNullable().defaultTo(false)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['ticket_id', 'created_at'])
    })

    /**
     * Full-text search over title, description and public replies
     * (search_vector) and over internal notes (internal_search_vector),
     * kept by triggers so every write path — services, imports, bulk SQL —
     * stays searchable. A search-index problem must never lose a ticket or a
     * comment, so failures only raise a warning.
     */
    this.schema.raw(`
      CREATE OR REPLACE FUNCTION tickets_search_refresh() RETURNS trigger AS $$
      BEGIN
        BEGIN
          NEW.search_vector :=
            setweight(to_tsvector('english', coalesce(NEW.reference, '') || ' ' || coalesce(NEW.title, '')), 'A') ||
            setweight(to_tsvector('english', coalesce(NEW.description, '')), 'B') ||
            coalesce((
              SELECT setweight(to_tsvector('english', string_agg(c.body, ' ')), 'C')
              FROM ticket_comments c
              WHERE c.ticket_id = NEW.id AND NOT c.is_internal
            ), ''::tsvector);
        EXCEPTION WHEN OTHERS THEN
          RAISE WARNING 'ticket % not re-indexed for search: %', NEW.id, SQLERRM;
        END;
        RETURN NEW;
      END
      $$ LANGUAGE plpgsql;

      CREATE TRIGGER tickets_search_refresh
        BEFORE INSERT OR UPDATE OF title, description ON tickets
        FOR EACH ROW EXECUTE FUNCTION tickets_search_refresh();

      CREATE OR REPLACE FUNCTION ticket_comments_search_append() RETURNS trigger AS $$
      BEGIN
        BEGIN
          IF NEW.is_internal THEN
            UPDATE tickets
              SET internal_search_vector = coalesce(internal_search_vector, ''::tsvector) || to_tsvector('english', NEW.body)
              WHERE id = NEW.ticket_id;
          ELSE
            UPDATE tickets
              SET search_vector = coalesce(search_vector, ''::tsvector) || setweight(to_tsvector('english', NEW.body), 'C')
              WHERE id = NEW.ticket_id;
          END IF;
        EXCEPTION WHEN OTHERS THEN
          RAISE WARNING 'comment % not indexed for search: %', NEW.id, SQLERRM;
        END;
        RETURN NULL;
      END
      $$ LANGUAGE plpgsql;

      CREATE TRIGGER ticket_comments_search_append
        AFTER INSERT ON ticket_comments
        FOR EACH ROW EXECUTE FUNCTION ticket_comments_search_append();
    `)

    this.schema.createTable('attachments', (table) => {
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
        .notNullable()
        .references('id')
        .inTable('tickets')
        .onDelete('CASCADE')
      table
        .bigInteger('comment_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('ticket_comments')
        .onDelete('CASCADE')
      table.integer('uploader_id').unsigned().notNullable().references('id').inTable('users')
      table.string('file_name', 255).notNullable()
      /** The type judged from the file's bytes, not its name or the browser's claim. */
      table.string('content_type', 120).notNullable()
      table.bigInteger('size').notNullable()
      table.string('checksum', 64).notNullable()
      table.string('storage_key', 255).notNullable().unique()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['ticket_id'])
    })

    this.schema.createTable('ticket_history', (table) => {
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
        .notNullable()
        .references('id')
        .inTable('tickets')
        .onDelete('CASCADE')
      table
        .integer('actor_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      /** status, assignee, priority, group, category, subcategory, title, reply, note, attachment, created */
      table.string('field', 32).notNullable()
      table.text('old_value').nullable()
      table.text('new_value').nullable()
      /** Internal-note entries are hidden from customers. */
      table.boolean('is_internal').notNullable().defaultTo(false)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['ticket_id', 'created_at'])
    })
  }

  async down() {
    this.schema.dropTable('ticket_history')
    this.schema.dropTable('attachments')
    this.schema.raw('DROP TRIGGER IF EXISTS ticket_comments_search_append ON ticket_comments')
    this.schema.dropTable('ticket_comments')
    this.schema.dropTable('tickets')
    this.schema.raw('DROP FUNCTION IF EXISTS ticket_comments_search_append()')
    this.schema.raw('DROP FUNCTION IF EXISTS tickets_search_refresh()')
    this.schema.dropTable('ticket_counters')
  }
}
