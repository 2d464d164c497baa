import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * When an organization's report tables must be recomputed from its
 * tickets, and since when: the worker rebuilds every organization with a
 * request (app/services/reports/report_backfill.ts). Every organization
 * that exists at this migration gets one, so an installation upgraded to
 * reports backfills its history by itself; a change of time zone asks
 * again, because the tables count days in that zone.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('organizations', (table) => {
      table.timestamp('reports_rebuild_requested_at', { useTz: true }).nullable()
    })
    this.defer(async (db) => {
      await db.rawQuery('UPDATE organizations SET reports_rebuild_requested_at = now()')
    })
  }

  async down() {
    this.schema.alterTable('organizations', (table) => {
      table.dropColumn('reports_rebuild_requested_at')
    })
  }
}
