import { test } from '@japa/runner'
import pg from 'pg'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import env from '#start/env'
import Organization from '#models/organization'
import OrganizationService from '#services/organization_service'
import ReportBackfill from '#services/reports/report_backfill'
import ReportService from '#services/reports/report_service'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { directSeries } from '#tests/support/report_counts'
import { ZONE, fourDays } from '#tests/support/report_scenes'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { eventually, startWorkerProcess } from '#tests/support/worker_process'

const requestedAt = async (organizationId: number) => {
  const row = await db
    .from('organizations')
    .where('id', organizationId)
    .select('reports_rebuild_requested_at as at')
    .first()
  return row.at as Date | null
}

test.group('Reports: the worker rebuilds what asked for it', (group) => {
  isolate(group)

  test('a change of time zone asks for a rebuild, which then counts days in the new zone', async ({
    assert,
  }) => {
    const desk = await fourDays()
    const organization = await Organization.findOrFail(desk.organization.id)
    assert.isNull(await requestedAt(organization.id))

    await OrganizationService.updateSettings(
      organization,
      {
        name: organization.name,
        ticketPrefix: organization.ticketPrefix,
        timezone: 'Asia/Tokyo',
        defaultLocale: organization.defaultLocale as 'en',
        autoCloseDays: organization.autoCloseDays,
        signInOrder: organization.signInOrder as never,
        customerPriorities: organization.customerPriorities,
      },
      { ...systemContext, actor: desk.admin }
    )
    assert.isNotNull(await requestedAt(organization.id))

    assert.deepEqual(await ReportBackfill.runRequested(), [organization.id])
    assert.isNull(await requestedAt(organization.id))
    const period = { from: '2026-03-01', to: '2026-03-06' }
    const report = await ReportService.build(desk.admin, {
      from: new Date(`${period.from}T00:00:00`),
      to: new Date(`${period.to}T00:00:00`),
      interval: 'day',
    })
    const inTokyo = await directSeries(organization.id, 'Asia/Tokyo', period.from, period.to)
    assert.deepEqual(report.series, inTokyo)
    // The zone matters for this desk: New York counts the same tickets on other days.
    assert.notDeepEqual(inTokyo, await directSeries(organization.id, ZONE, period.from, period.to))
    assert.deepEqual(await ReportBackfill.runRequested(), [], 'nothing asked any more')
  })

  test('a rebuild another process holds is skipped after a short wait, and done later', async ({
    assert,
  }) => {
    // A desk without tickets: refreshing tickets under the test's transaction would hold
    // the organization's lock until the test ends.
    const desk = await helpdesk()
    const id = desk.organization.id
    await db
      .from('organizations')
      .where('id', id)
      .update({ reports_rebuild_requested_at: new Date() })
    const other = new pg.Client({
      host: env.get('DB_HOST'),
      port: env.get('DB_PORT'),
      user: env.get('DB_USER'),
      password: env.get('DB_PASSWORD') ?? '',
      database: env.get('DB_DATABASE'),
    })
    await other.connect()
    try {
      await other.query(`SELECT pg_advisory_lock(hashtext('ticket_daily_stats'), $1)`, [id])
      assert.deepEqual(await ReportBackfill.runRequested(), [])
      assert.isNotNull(await requestedAt(id), 'still asked for')
      await other.query(`SELECT pg_advisory_unlock(hashtext('ticket_daily_stats'), $1)`, [id])
      assert.deepEqual(await ReportBackfill.runRequested(), [id])
      assert.isNull(await requestedAt(id))
    } finally {
      await other.end()
    }
  })
})

/**
 * An installation upgraded to reports has tickets and empty report tables
 * (the migration asks every organization for a rebuild): the real worker
 * fills them at start, on committed data.
 */
test.group('Reports: backfill after an upgrade', (group) => {
  const organizations: number[] = []
  group.each.setup(async () => {
    await redis.flushdb()
    return async () => {
      await Organization.query().whereIn('id', organizations.splice(0)).delete()
    }
  })

  test('the worker fills the report tables of an organization that has tickets but no figures', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    for (let n = 0; n < 5; n++) await openTicket(desk.customer, desk.it.id)
    const id = desk.organization.id
    // As after the upgrade: no facts, no days, and the migration's request.
    await db.from('ticket_report_facts').where('organization_id', id).delete()
    await db.from('ticket_daily_stats').where('organization_id', id).delete()
    await db
      .from('organizations')
      .where('id', id)
      .update({ reports_rebuild_requested_at: new Date() })

    const worker = await startWorkerProcess()
    try {
      await eventually(async () => (await requestedAt(id)) === null, 20_000, 'backfill')
    } finally {
      await worker.stop()
    }
    const facts = await db.from('ticket_report_facts').where('organization_id', id).count('* as n')
    assert.equal(Number(facts[0].n), 5)
    const today = new Date().toISOString().slice(0, 10)
    const day = new Date(`${today}T00:00:00`)
    const report = await ReportService.build(desk.admin, { from: day, to: day, interval: 'day' })
    assert.deepEqual(report.series, await directSeries(id, 'UTC', today, today))
    assert.equal(report.series[0].created, 5)
    assert.match(worker.output(), /report figures rebuilt/)
  })
})
