import { test } from '@japa/runner'
import { PassThrough, Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { writeXlsx } from '#services/tickets/export/xlsx_writer'
import type { ExportRow } from '#services/tickets/export/export_columns'

function row(n: number): ExportRow {
  return {
    reference: `SB-${n}`,
    title: `Ticket number ${n} with a title long enough to weigh something`,
    status: 'open',
    priority: 'medium',
    group_name: 'IT',
    category_name: null,
    subcategory_name: null,
    requester_name: 'Ada Lovelace',
    requester_email: 'ada@example.com',
    assignee_name: null,
    source: 'portal',
    created_at: new Date(Date.UTC(2026, 0, 1, 0, n % 60)),
    updated_at: new Date(Date.UTC(2026, 0, 2)),
    first_response_at: null,
    resolved_at: null,
    closed_at: null,
  }
}

/** A source of `total` rows that counts how many were taken from it. */
function countedRows(total: number) {
  const taken = { count: 0 }
  const rows = Readable.from(
    (function* () {
      for (let n = 1; n <= total; n++) {
        taken.count++
        yield row(n)
      }
    })()
  )
  return { rows, taken }
}

test.group('xlsx writer: streaming', () => {
  test('a reader that does not read holds the rows back; one that leaves stops the export', async ({
    assert,
  }) => {
    const { rows, taken } = countedRows(200_000)
    const out = new PassThrough()
    const writing = writeXlsx(rows, out, { zone: 'UTC' })
    writing.catch(() => {})
    let held = -1
    for (let look = 0; look < 20 && taken.count !== held; look++) {
      held = taken.count
      await sleep(150)
    }
    assert.isBelow(held, 20_000, 'rows wait for the reader')
    await sleep(300)
    assert.equal(taken.count, held, 'and keep waiting')
    assert.isTrue(out.writableNeedDrain)

    out.destroy()
    await assert.rejects(() => writing, 'The export was closed before it ended.')
    assert.isTrue(rows.destroyed, 'the row source (a cursor) is released')
  })

  test('a reader that reads gets the whole workbook', async ({ assert }) => {
    const { rows, taken } = countedRows(5_000)
    const out = new PassThrough()
    let bytes = 0
    out.on('data', (chunk: Buffer) => (bytes += chunk.length))
    await writeXlsx(rows, out, { zone: 'UTC' })
    assert.equal(taken.count, 5_000)
    assert.isAbove(bytes, 10_000)
  })
})
