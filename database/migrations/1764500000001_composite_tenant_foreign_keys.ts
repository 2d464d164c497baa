import { BaseSchema } from '@adonisjs/lucid/schema'

type Action = 'CASCADE' | 'NO ACTION' | 'SET NULL'

/**
 * Where an organization-owned row points at another organization-owned
 * row, the pointer includes the organization: (organization_id, x_id) →
 * parent (organization_id, id). A row can then never point across
 * organizations, not even through a bug in a service or a plugin; the
 * database refuses it with a foreign-key violation.
 *
 * Each composite key replaces the single-column one under the same name
 * and keeps its ON DELETE behaviour. "SET NULL" uses the column list form
 * `ON DELETE SET NULL (actor_id)`, which clears only the pointer and keeps
 * organization_id (NOT NULL) intact; it needs PostgreSQL 15 or later (the
 * supported server is 17, docker/compose.yml). Without it a composite
 * SET NULL would null organization_id too and fail.
 *
 * audit_logs.organization_id may be null (platform-wide entries); a
 * composite key checks nothing when a column is null, so there the
 * single-column key to users stays and the composite one is added beside it.
 *
 * group_members had no organization column: it gets one, filled from the
 * group by a trigger when an insert leaves it out (Lucid's attach() does),
 * so a membership of one organization's user in another's group fails on
 * the key to users.
 */
const PARENTS = [
  'users',
  'groups',
  'categories',
  'subcategories',
  'tickets',
  'ticket_comments',
  'outbox_events',
  'event_deliveries',
]

const KEYS: { table: string; column: string; parent: string; onDelete: Action }[] = [
  { table: 'categories', column: 'group_id', parent: 'groups', onDelete: 'CASCADE' },
  { table: 'subcategories', column: 'category_id', parent: 'categories', onDelete: 'CASCADE' },
  { table: 'tickets', column: 'requester_id', parent: 'users', onDelete: 'NO ACTION' },
  { table: 'tickets', column: 'assignee_id', parent: 'users', onDelete: 'NO ACTION' },
  { table: 'tickets', column: 'group_id', parent: 'groups', onDelete: 'NO ACTION' },
  { table: 'tickets', column: 'category_id', parent: 'categories', onDelete: 'NO ACTION' },
  { table: 'tickets', column: 'subcategory_id', parent: 'subcategories', onDelete: 'NO ACTION' },
  { table: 'ticket_comments', column: 'ticket_id', parent: 'tickets', onDelete: 'CASCADE' },
  { table: 'ticket_comments', column: 'author_id', parent: 'users', onDelete: 'NO ACTION' },
  { table: 'attachments', column: 'ticket_id', parent: 'tickets', onDelete: 'CASCADE' },
  { table: 'attachments', column: 'comment_id', parent: 'ticket_comments', onDelete: 'CASCADE' },
  { table: 'attachments', column: 'uploader_id', parent: 'users', onDelete: 'NO ACTION' },
  { table: 'ticket_history', column: 'ticket_id', parent: 'tickets', onDelete: 'CASCADE' },
  { table: 'ticket_history', column: 'actor_id', parent: 'users', onDelete: 'SET NULL' },
  {
    table: 'event_deliveries',
    column: 'outbox_event_id',
    parent: 'outbox_events',
    onDelete: 'CASCADE',
  },
  { table: 'notification_logs', column: 'ticket_id', parent: 'tickets', onDelete: 'CASCADE' },
  { table: 'notification_logs', column: 'user_id', parent: 'users', onDelete: 'SET NULL' },
  {
    table: 'notification_logs',
    column: 'delivery_id',
    parent: 'event_deliveries',
    onDelete: 'SET NULL',
  },
  { table: 'group_members', column: 'group_id', parent: 'groups', onDelete: 'CASCADE' },
  { table: 'group_members', column: 'user_id', parent: 'users', onDelete: 'CASCADE' },
]

const onDelete = (action: Action, column: string) =>
  action === 'SET NULL' ? `ON DELETE SET NULL (${column})` : `ON DELETE ${action}`

export default class extends BaseSchema {
  async up() {
    for (const parent of PARENTS) {
      this.schema.raw(
        `ALTER TABLE ${parent} ADD CONSTRAINT ${parent}_organization_id_id_unique UNIQUE (organization_id, id)`
      )
    }

    this.schema.raw(`
      ALTER TABLE group_members ADD COLUMN organization_id integer;
      UPDATE group_members SET organization_id = groups.organization_id
        FROM groups WHERE groups.id = group_members.group_id;
      ALTER TABLE group_members ALTER COLUMN organization_id SET NOT NULL;
      CREATE INDEX group_members_organization_user ON group_members (organization_id, user_id);

      CREATE OR REPLACE FUNCTION group_members_organization() RETURNS trigger AS $$
      BEGIN
        IF NEW.organization_id IS NULL THEN
          SELECT organization_id INTO NEW.organization_id FROM groups WHERE id = NEW.group_id;
        END IF;
        RETURN NEW;
      END
      $$ LANGUAGE plpgsql;

      CREATE TRIGGER group_members_organization
        BEFORE INSERT ON group_members
        FOR EACH ROW EXECUTE FUNCTION group_members_organization();
    `)

    for (const { table, column, parent, onDelete: action } of KEYS) {
      this.schema.raw(`
        ALTER TABLE ${table} DROP CONSTRAINT ${table}_${column}_foreign;
        ALTER TABLE ${table} ADD CONSTRAINT ${table}_${column}_foreign
          FOREIGN KEY (organization_id, ${column}) REFERENCES ${parent} (organization_id, id)
          ${onDelete(action, column)}
      `)
    }

    this.schema.raw(`
      ALTER TABLE audit_logs ADD CONSTRAINT audit_logs_actor_organization_foreign
        FOREIGN KEY (organization_id, actor_id) REFERENCES users (organization_id, id)
        ON DELETE SET NULL (actor_id)
    `)
  }

  async down() {
    this.schema.raw('ALTER TABLE audit_logs DROP CONSTRAINT audit_logs_actor_organization_foreign')
    for (const { table, column, parent, onDelete: action } of KEYS) {
      this.schema.raw(`
        ALTER TABLE ${table} DROP CONSTRAINT ${table}_${column}_foreign;
        ALTER TABLE ${table} ADD CONSTRAINT ${table}_${column}_foreign
          FOREIGN KEY (${column}) REFERENCES ${parent} (id)
          ${action === 'NO ACTION' ? '' : `ON DELETE ${action}`}
      `)
    }
    this.schema.raw(`
      DROP TRIGGER group_members_organization ON group_members;
      DROP FUNCTION group_members_organization();
      ALTER TABLE group_members DROP COLUMN organization_id;
    `)
    for (const parent of PARENTS) {
      this.schema.raw(`ALTER TABLE ${parent} DROP CONSTRAINT ${parent}_organization_id_id_unique`)
    }
  }
}
