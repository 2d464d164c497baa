import { test } from '@japa/runner'
import type { Page } from 'playwright'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import { FACTORY_PASSWORD } from '#database/factories/main'
import DataImport from '#models/data_import'
import Ticket from '#models/ticket'
import ImportFiles from '#services/imports/import_files'
import SetupService from '#services/setup_service'
import Installations from '#platform/installations'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { startWorkerProcess } from '#tests/support/worker_process'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

/** A ticket export as Zammad writes it, with one unknown priority and one row without a subject. */
function zammadExport(agentEmail: string) {
  return [
    'Subject,Body,Priority,State,Queue,Customer,Owner,Created',
    `Printer jams,Paper jams on floor 2,high,open,IT,ann@example.com,${agentEmail},2024-03-01 09:30`,
    'VPN drops,Every hour,normal,pending reminder,IT,bob@example.com,,2024-03-02 08:00',
    'New chair,Mine is broken,P9,new,Office,dana@example.com,,2024-03-03 14:15',
    ',A row nobody gave a subject,normal,open,IT,carl@example.com,,2024-03-04 10:00',
    'Password reset,Locked out,urgent,closed,IT,ann@example.com,,2024-03-05 11:00',
  ].join('\r\n')
}

/** The counts of a pass as the page shows them: label → number. */
async function counts(page: Page) {
  const boxes = page.getByTestId('counts').locator('> div')
  const shown: Record<string, string> = {}
  for (const box of await boxes.all()) {
    shown[await box.locator('dt').innerText()] = await box.locator('dd').innerText()
  }
  return shown
}

/**
 * The whole way of a file: upload, proposed mapping, values, dry run,
 * import, and the tickets in the desk. The passes run in the real worker
 * process, which cannot see a test transaction: this group commits its
 * data and deletes the organization (and its import files) afterwards.
 */
test.group('Admin → Import: a Zammad export', (group) => {
  group.each.setup(async () => {
    await redis.flushdb()
    Installations.forget()
    SetupService.resetCache()
  })

  test('mapping, values, dry run, import with progress, and the imported ticket', async ({
    browserContext,
    assert,
    cleanup,
  }) => {
    const desk = await helpdesk()
    await desk.organization.merge({ timezone: 'Europe/Berlin' }).save()
    cleanup(async () => {
      const imports = await DataImport.query().where('organization_id', desk.organization.id)
      for (const record of imports) await ImportFiles.remove(record).catch(() => {})
      await db.from('organizations').where('id', desk.organization.id).delete()
      SetupService.resetCache()
    })

    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')
    await page.getByRole('link', { name: 'Import', exact: true }).first().click()
    await page.waitForURL('**/admin/imports')

    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'zammad-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(zammadExport(desk.agent.email)),
    })
    await page.getByRole('button', { name: 'Upload and map columns' }).click()
    await page.waitForURL(/\/admin\/imports\/\d+$/)

    const facts = page.getByTestId('file-facts')
    assert.include(await facts.innerText(), 'zammad-export.csv')
    assert.include(await facts.innerText(), 'CSV')
    assert.include(await facts.innerText(), 'comma')
    assert.include(await page.getByTestId('preview').innerText(), 'Paper jams on floor 2')

    const proposed = []
    for (let column = 0; column < 8; column++) {
      proposed.push(await page.locator(`#mapping-${column}`).inputValue())
    }
    assert.deepEqual(proposed, [
      'title',
      'description',
      'priority',
      'status',
      'group',
      'requester_name',
      'assignee_email',
      'created_at',
    ])
    // Zammad's "Customer" column holds addresses here.
    await page.getByLabel('Customer', { exact: true }).selectOption('requester_email')

    const priorities = page.getByTestId('values-priority')
    assert.equal(await page.locator('#value-priority-high').inputValue(), 'high')
    assert.equal(await page.locator('#value-priority-normal').inputValue(), 'medium')
    assert.equal(await page.locator('#value-priority-p9').inputValue(), '')
    assert.equal(
      await page.locator('#value-status-pendingreminder').inputValue(),
      'waiting_on_customer'
    )
    await priorities.getByLabel('P9').selectOption('high')
    await page.getByLabel('Create missing groups, categories and subcategories').check()
    await screenshot(page, 'import-mapping')

    // No worker yet: the dry run waits in the queue, and the page says so even after a reload.
    await page.getByRole('button', { name: 'Check (dry run)' }).click()
    await page.getByTestId('progress').getByText('Waiting for the worker…').waitFor()
    await page.reload()
    await page.getByTestId('progress').getByText('Waiting for the worker…').waitFor()
    await screenshot(page, 'import-waiting-for-worker')

    let worker = await startWorkerProcess()
    cleanup(async () => {
      await worker.stop()
    })
    const report = page.getByTestId('report')
    await report.waitFor({ timeout: 30_000 })
    assert.deepEqual(await counts(page), {
      'tickets to create': '4',
      'already imported (skipped)': '0',
      'refused': '1',
    })
    const creations = await page.getByTestId('creations').innerText()
    assert.include(creations, 'New groups (1): Office')
    assert.include(creations, 'New users (3): ann@example.com, bob@example.com, dana@example.com')
    const refusal = page.getByTestId('refusals').getByRole('row').nth(1)
    assert.equal(await refusal.innerText(), '4\tSubject\tThe row has no title.')
    assert.equal(
      await page.getByTestId('download-refused').getAttribute('href'),
      page.url().replace(baseUrl, '') + '/refused'
    )
    // The dry run's values are in the table now, P9 still mapped as chosen.
    assert.equal(await page.locator('#value-priority-p9').inputValue(), 'high')
    await screenshot(page, 'import-dry-run-report')

    // The real pass, watched from the queue to the end.
    await worker.stop()
    await page.getByRole('button', { name: 'Import 4 rows' }).click()
    await page.getByText('Import started. You can leave this page; it keeps going.').waitFor()
    await page.getByTestId('progress').getByText('Waiting for the worker…').waitFor()
    worker = await startWorkerProcess()
    const summary = page.getByTestId('summary')
    await summary.waitFor({ timeout: 30_000 })
    assert.include(await summary.innerText(), 'The import is complete.')
    assert.deepEqual(await counts(page), {
      'tickets created': '4',
      'already imported (skipped)': '0',
      'refused': '1',
    })
    assert.include(await page.getByTestId('refusals').innerText(), 'Subject\tThe row has no title.')
    await screenshot(page, 'import-completed')

    const tickets = await Ticket.query()
      .where('organization_id', desk.organization.id)
      .orderBy('number')
    assert.deepEqual(
      tickets.map((ticket) => [ticket.title, ticket.priority, ticket.status, ticket.source]),
      [
        ['Printer jams', 'high', 'open', 'import'],
        ['VPN drops', 'medium', 'waiting_on_customer', 'import'],
        ['New chair', 'high', 'open', 'import'],
        ['Password reset', 'critical', 'closed', 'import'],
      ]
    )

    await page.getByTestId('to-desk').click()
    await page.waitForURL('**/desk')
    await page.goto(`${baseUrl}/desk/tickets/${tickets[0].id}`)
    await page
      .getByTestId('history')
      .getByText(`${desk.admin.name} imported it from zammad-export.csv`)
      .waitFor()
    // 09:30 in the organization's zone, as the file said.
    await page.getByText(/Opened Mar 1, 2024, 9:30\sAM by/).waitFor()
    await screenshot(page, 'import-ticket-timeline')

    await page.goto(`${baseUrl}/admin/imports`)
    const listed = await page.getByTestId('imports').getByRole('row').nth(1).innerText()
    assert.match(
      listed,
      /zammad-export\.csv\s+Tickets\s+Completed\s+4 created\s+0 skipped · 1 refused\s+/
    )
    assert.include(listed, desk.admin.name)
    await screenshot(page, 'import-list')
  }).timeout(120_000)
})

test.group('Admin → Import: the upload', (group) => {
  isolate(group)

  test('an empty file is refused beside the file field', async ({ browserContext, assert }) => {
    const desk = await helpdesk()
    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')
    await page.goto(`${baseUrl}/admin/imports`)
    await page.getByRole('radio', { name: 'Users' }).check()
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'empty.csv',
      mimeType: 'text/csv',
      buffer: Buffer.alloc(0),
    })
    await page.getByRole('button', { name: 'Upload and map columns' }).click()
    const error = page.locator('#field-file-error')
    await error.waitFor()
    assert.equal(await error.innerText(), 'The file is empty.')
    assert.equal(
      await page.getByLabel('File', { exact: true }).getAttribute('aria-invalid'),
      'true'
    )
    assert.equal(
      await DataImport.query()
        .where('organization_id', desk.organization.id)
        .count('* as n')
        .then((rows) => Number(rows[0].$extras.n)),
      0
    )
    await screenshot(page, 'import-upload-empty-file')
  })
})
