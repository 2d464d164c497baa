import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The desk's "priority" sort orders by a CASE over the priority name
 * (critical first). Indexing that same expression lets PostgreSQL read
 * the first page in order instead of sorting every matching ticket; the
 * expression must stay identical to PRIORITY_ORDER in TicketQuery.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(
      `CREATE INDEX tickets_org_priority_rank ON tickets (organization_id, (CASE priority WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END), created_at DESC, id DESC)`
    )
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS tickets_org_priority_rank')
  }
}
