import { BaseSchema } from '@adonisjs/lucid/schema'

/** The columns the desk filters and counts on, as in 1763800000004_tune_ticket_list_indexes. */
const LIST_COLUMNS = 'status, priority, group_id, assignee_id, requester_id, category_id'
const PRIORITY_RANK = `CASE priority WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END`
/** What an agent's visibility and the desk's filters read, beside a status. */
const VISIBILITY_COLUMNS = 'priority, group_id, assignee_id, requester_id, category_id'
/** ACTIVE_STATUSES of ticket_lifecycle: the unassigned queue's statuses. */
const ACTIVE = `'open', 'assigned', 'in_progress', 'waiting_on_customer'`

/**
 * Indexes for the desk's queues at a million tickets (issue 11; figures in
 * docs/benchmarks.md).
 *
 * - The unassigned queue is the few thousand tickets nobody has taken yet,
 *   among a million: a partial index holding exactly those, newest first,
 *   with the columns visibility and filters read, answers its page and its
 *   counts from a few pages of index. The (assignee, status) index it used
 *   before has no id, so each page read every unassigned row to sort it.
 * - Counts go per status, each stopping at a cap: the indexes that lead
 *   with a status (alone, or after the assignee or the priority) carry what
 *   an agent's visibility and the filters read, so counting an agent's
 *   unassigned, urgent or resolved tickets reads index ranges, not rows
 *   (the unassigned count read 19,000 rows for 2,400 matches: 33 ms).
 * - The priority ordering carries the list columns too, so a group's list
 *   sorted by priority is found in the index alone, like the other orders.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(
      `CREATE INDEX tickets_org_unassigned ON tickets (organization_id, created_at DESC, id DESC)
         INCLUDE (status, priority, group_id, requester_id, category_id)
         WHERE assignee_id IS NULL AND status IN (${ACTIVE})`
    )
    this.schema.raw('DROP INDEX tickets_org_priority_rank')
    this.schema.raw(
      `CREATE INDEX tickets_org_priority_rank ON tickets (organization_id, (${PRIORITY_RANK}), created_at DESC, id DESC) INCLUDE (${LIST_COLUMNS})`
    )
    this.schema.raw('DROP INDEX tickets_org_status_created')
    this.schema.raw(
      `CREATE INDEX tickets_org_status_created ON tickets (organization_id, status, created_at DESC) INCLUDE (${VISIBILITY_COLUMNS})`
    )
    this.schema.raw('DROP INDEX tickets_org_assignee_status')
    this.schema.raw(
      `CREATE INDEX tickets_org_assignee_status ON tickets (organization_id, assignee_id, status, created_at DESC) INCLUDE (${VISIBILITY_COLUMNS})`
    )
    this.schema.raw('DROP INDEX tickets_org_priority_status')
    this.schema.raw(
      `CREATE INDEX tickets_org_priority_status ON tickets (organization_id, priority, status, created_at DESC) INCLUDE (${VISIBILITY_COLUMNS})`
    )
  }

  async down() {
    for (const [name, columns] of [
      ['tickets_org_assignee_status', 'organization_id, assignee_id, status, created_at DESC'],
      ['tickets_org_priority_status', 'organization_id, priority, status, created_at DESC'],
    ]) {
      this.schema.raw(`DROP INDEX ${name}`)
      this.schema.raw(`CREATE INDEX ${name} ON tickets (${columns})`)
    }
    this.schema.raw('DROP INDEX tickets_org_status_created')
    this.schema.raw(
      'CREATE INDEX tickets_org_status_created ON tickets (organization_id, status, created_at DESC)'
    )
    this.schema.raw('DROP INDEX tickets_org_unassigned')
    this.schema.raw('DROP INDEX tickets_org_priority_rank')
    this.schema.raw(
      `CREATE INDEX tickets_org_priority_rank ON tickets (organization_id, (${PRIORITY_RANK}), created_at DESC, id DESC)`
    )
  }
}
