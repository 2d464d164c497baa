import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Organization from '#models/organization'
import DataImport from '#models/data_import'
import { GroupFactory, OrganizationFactory, UserFactory } from '#database/factories/main'
import { eventually, startWorkerProcess } from '#tests/support/worker_process'
import { uploadImport } from '#tests/support/imports'
import ImportService from '#services/imports/import_service'
import { systemContext } from '#services/request_context'

/**
 * The import in the real worker process, killed in the middle of a run.
 * The worker cannot see a test transaction, so this group commits its data
 * and deletes its organization afterwards.
 */
test.group('Imports in the worker', (group) => {
  let organizationId: number | null = null
  const stops: (() => Promise<unknown>)[] = []
  group.each.teardown(async () => {
    for (const stop of stops.splice(0).reverse()) await stop()
    if (organizationId) await Organization.query().where('id', organizationId).delete()
  })

  test('a worker killed mid-import: the next one resumes, and every row is imported exactly once', async ({
    assert,
  }) => {
    const organization = await OrganizationFactory.create()
    organizationId = organization.id
    const admin = await UserFactory.apply('admin')
      .merge({ organizationId: organization.id })
      .create()
    await GroupFactory.merge({ organizationId: organization.id, name: 'IT' }).create()
    const rows = Array.from(
      { length: 6000 },
      (_, n) => `Ticket ${n},IT,person${n % 50}@crash.example,C-${n},Reply ${n}`
    )
    const record = await uploadImport(
      admin,
      'crash.csv',
      ['title,group,requester_email,external_id,reply', ...rows].join('\n')
    )

    const fast = { QUEUE_STALLED_MS: '1500' }
    const first = await startWorkerProcess(fast)
    stops.push(() => first.stop())
    await ImportService.start(
      record,
      'real',
      { ...systemContext, actor: admin },
      { dryRunFirst: false }
    )
    await eventually(
      async () => {
        const progress = await DataImport.findOrFail(record.id)
        return progress.processedRows >= 1000 && progress.processedRows < 6000
      },
      60_000,
      'the first worker imported some batches'
    )
    await first.kill()

    const second = await startWorkerProcess(fast)
    stops.push(() => second.stop())
    const done = await eventually(
      async () => {
        const progress = await DataImport.findOrFail(record.id)
        return progress.status === 'completed' ? progress : null
      },
      90_000,
      'the second worker finished the import'
    )
    assert.isAbove(done.skippedRows, 0, 'the resumed pass skipped what the first one imported')
    const counts = await db
      .from('tickets')
      .where('organization_id', organization.id)
      .select(db.raw('count(*)::int AS tickets'), db.raw('count(DISTINCT number)::int AS numbers'))
    assert.deepEqual(counts[0], { tickets: 6000, numbers: 6000 })
    const comments = await db
      .from('ticket_comments')
      .where('organization_id', organization.id)
      .count('* as n')
    assert.equal(Number(comments[0].n), 6000)
    const records = await db
      .from('imported_records')
      .where('organization_id', organization.id)
      .where('record_id', 0)
    assert.lengthOf(records, 0, 'every claimed row points at its ticket')
  }).timeout(180_000)
})
