import { test } from '@japa/runner'
import { deflateSync, crc32 } from 'node:zlib'
import type { Page } from 'playwright'
import Attachment from '#models/attachment'
import Ticket from '#models/ticket'
import { FACTORY_PASSWORD } from '#database/factories/main'
import AttachmentIntake from '#services/tickets/attachment_intake'
import TicketIntake from '#services/tickets/ticket_intake'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { fileOnDisk, helpdesk } from '#tests/support/tickets'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

/** A solid 160×90 PNG, big enough to see in a screenshot. */
function screenshotPng() {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const [width, height] = [160, 90]
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([79, 70, 229]))])
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/**
 * Waits until an image on the page was fetched and decoded (not a
 * broken-image icon); the expression runs in the page.
 */
function imageLoaded(page: Page, selector: string) {
  const image = `document.querySelector(${JSON.stringify(selector)})`
  return page.waitForFunction(`${image}?.complete && ${image}.naturalWidth > 0`, undefined, {
    timeout: 10_000,
  })
}

/**
 * The agent's ticket page: the fields saved at once, "send and set status"
 * on the reply box (refused without losing the message), the file list
 * clearing after sending, and the ticket's own screenshot shown inline in a
 * reply while a foreign image stays a link.
 */
test.group('Desk: the ticket page', (group) => {
  isolate(group)

  test('one save, send and set status, and inline images', async ({ browserContext, assert }) => {
    const desk = await helpdesk()
    const png = screenshotPng()
    const files = await AttachmentIntake.inspect([
      { clientName: 'screen.png', tmpPath: await fileOnDisk('screen.png', png), size: png.length },
    ])
    const ticket = await TicketIntake.open(
      desk.customer,
      { groupId: desk.it.id, title: 'Dock not detected', description: 'Screenshot attached.' },
      files,
      { ...systemContext, actor: desk.customer }
    )
    const screen = await Attachment.findByOrFail('ticket_id', ticket.id)

    const page = await browserContext.newPage()
    await signIn(page, desk.agent.email, FACTORY_PASSWORD)
    await page.waitForURL('**/desk')
    await page.goto(`${baseUrl}/desk/tickets/${ticket.id}`)

    await page.getByLabel('Title').fill('Docking station not detected after the update')
    await page.getByLabel('Assignee').selectOption({ label: desk.agent.name })
    await page.getByLabel('Status', { exact: true }).selectOption('in_progress')
    await page.getByLabel('Priority').selectOption('high')
    await page.getByTestId('save-ticket').click()
    await page.getByText('Ticket updated.').waitFor()
    await page
      .getByRole('heading', { name: 'Docking station not detected after the update' })
      .waitFor()
    await page
      .getByTestId('history')
      .getByText(
        `${desk.agent.name} changed title from Dock not detected to Docking station not detected after the update`
      )
      .waitFor()
    await screenshot(page, 'ticket-1-one-save')

    const reply = page.getByLabel('Your reply')
    await reply.fill('Please try the other port.')
    await page.setInputFiles(
      '#reply-attachments',
      await fileOnDisk('steps.txt', Buffer.from('1. unplug\n2. replug\n'))
    )
    await page.getByLabel('Then set the status to').selectOption('open')
    await page.getByRole('button', { name: 'Send and set to Open' }).click()
    await page
      .locator('#reply-status-error')
      .getByText('A ticket with an assignee is not "Open"')
      .waitFor()
    assert.equal(await reply.inputValue(), 'Please try the other port.', 'the message is kept')
    await page.getByTestId('reply-attachments-picked').getByText('steps.txt').waitFor()
    assert.equal(await page.getByTestId('reply').count(), 0, 'nothing was sent')
    await screenshot(page, 'ticket-2-status-refused-message-kept')

    await page.getByLabel('Then set the status to').selectOption('waiting_on_customer')
    await page.getByRole('button', { name: 'Send and set to Waiting on customer' }).click()
    await page.getByText('Reply sent and status set to Waiting on customer.').waitFor()
    assert.equal(await reply.inputValue(), '')
    assert.equal(await page.getByTestId('reply-attachments-picked').count(), 0, 'file list cleared')
    assert.equal(
      await page.evaluate<number>(`document.querySelector('#reply-attachments').files.length`),
      0,
      'no file left in the input'
    )
    assert.equal(await page.getByLabel('Then set the status to').inputValue(), '')
    await page.getByTestId('reply').getByText('steps.txt').waitFor()
    await page.getByTestId('status-badge').first().getByText('Waiting on customer').waitFor()
    await screenshot(page, 'ticket-3-sent-and-waiting')

    const download = `/tickets/${ticket.id}/attachments/${screen.id}`
    await reply.fill(
      `Is this what you see?\n\n![your screen](${download})\n\nNot like ![a cat](https://images.example.com/cat.png)`
    )
    await page.getByRole('button', { name: 'Send reply' }).click()
    await page.getByText('Reply sent.').waitFor()
    const inline = '[data-testid="reply"] img[alt="your screen"]'
    await page.locator(inline).waitFor()
    await imageLoaded(page, inline)
    assert.equal(
      await page.getByRole('link', { name: 'a cat' }).getAttribute('href'),
      'https://images.example.com/cat.png'
    )
    assert.equal(await page.locator('[data-testid="reply"] img').count(), 1)
    assert.notInclude(await page.getByTestId('conversation').innerText(), '<img')
    await screenshot(page, 'ticket-4-inline-image')

    const customer = await browserContext
      .browser()!
      .newContext()
      .then((context) => context.newPage())
    await signIn(customer, desk.customer.email, FACTORY_PASSWORD)
    await customer.waitForURL('**/portal')
    await customer.goto(`${baseUrl}/portal/tickets/${ticket.id}`)
    await customer.locator(inline).waitFor()
    await imageLoaded(customer, inline)
    await screenshot(customer, 'ticket-5-customer-sees-the-image')
    await customer.context().close()

    const stored = await Ticket.findOrFail(ticket.id)
    assert.equal(stored.status, 'waiting_on_customer')
    assert.equal(stored.priority, 'high')
  })
})
