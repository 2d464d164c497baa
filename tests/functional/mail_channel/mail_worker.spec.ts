import { test } from '@japa/runner'
import redis from '@adonisjs/redis/services/main'
import Organization from '#models/organization'
import Ticket from '#models/ticket'
import { helpdesk } from '#tests/support/tickets'
import { runAce } from '#tests/support/ace_process'
import { eventually, startWorkerProcess } from '#tests/support/worker_process'
import { startImapServer, type ImapServerHandle } from '#tests/support/imap_server'
import {
  connectedMailbox,
  deliver,
  IMAP_USER,
  messageCount,
  messagesOf,
  rawMail,
  ticketCount,
} from '#tests/support/mail_channel'

/**
 * The command and the worker run in processes of their own, so these tests
 * commit their data and delete their organization afterwards.
 */
test.group('E-mail channel: the worker and mail:fetch', (group) => {
  const organizations: number[] = []
  let imap: ImapServerHandle
  group.each.setup(async () => {
    await redis.flushdb()
    imap = await startImapServer()
    return async () => {
      await imap.stop()
      await Organization.query().whereIn('id', organizations.splice(0)).delete()
    }
  })

  async function scene() {
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    return { desk, mailbox }
  }

  test('node ace mail:fetch --mailbox fetches now and says what it did', async ({ assert }) => {
    const { desk, mailbox } = await scene()
    await deliver(imap, { from: 'ops@customer.example', subject: 'Backup failed' })
    const run = await runAce(['mail:fetch', '--mailbox', String(mailbox.id)])
    assert.equal(run.code, 0, run.stderr)
    assert.include(run.stdout, '1 fetched, 1 processed, 0 failed')
    const tickets = await Ticket.query().where('organization_id', desk.organization.id)
    assert.deepEqual(
      tickets.map((ticket) => ticket.title),
      ['Backup failed']
    )

    const missing = await runAce(['mail:fetch', '--mailbox', '999999999'])
    assert.equal(missing.code, 1)
  })

  test('the worker fetches new mail as the server announces it (IMAP IDLE), long before its schedule', async ({
    assert,
  }) => {
    const { desk, mailbox } = await scene()
    const worker = await startWorkerProcess({ MAIL_FETCH_INTERVAL_MS: '3600000' })
    try {
      await eventually(
        async () => worker.output().includes(`watching mailbox ${mailbox.id} for new mail`),
        15_000,
        'the IDLE watcher'
      )
      await deliver(imap, { from: 'fast@customer.example', subject: 'Arrives while idling' })
      await eventually(
        async () => (await ticketCount(desk.organization.id)) === 1,
        15_000,
        'the ticket'
      )
    } finally {
      await worker.stop()
    }
    const [message] = await messagesOf(mailbox)
    assert.equal(message.status, 'ticket')
  })

  test('a worker killed mid-batch: the next one takes over and every message becomes exactly one ticket', async ({
    assert,
  }) => {
    const { desk, mailbox } = await scene()
    const count = 150
    await imap.dropMaildir(
      IMAP_USER,
      Array.from({ length: count }, (_, n) =>
        rawMail({ from: `user${n}@customer.example`, subject: `Message ${n}` })
      )
    )
    const env = {
      MAIL_FETCH_INTERVAL_MS: '1000',
      MAIL_FETCH_LEASE_SECONDS: '3',
      MAIL_IDLE: 'false',
    }
    const first = await startWorkerProcess(env)
    await eventually(async () => (await messageCount(mailbox)) >= 20, 30_000, 'a first batch')
    await first.kill()
    const recorded = await messageCount(mailbox)
    assert.isBelow(recorded, count, 'killed mid-fetch')

    const second = await startWorkerProcess(env)
    try {
      await eventually(
        async () => {
          const messages = await messagesOf(mailbox)
          return (
            messages.length === count && messages.every((message) => message.status !== 'pending')
          )
        },
        60_000,
        'all messages'
      )
    } finally {
      await second.stop()
    }
    const tickets = await Ticket.query().where('organization_id', desk.organization.id)
    assert.lengthOf(tickets, count)
    assert.lengthOf(new Set(tickets.map((ticket) => ticket.title)), count)
    assert.deepEqual(await imap.folderUids(IMAP_USER, 'INBOX'), [])
  }).timeout(120_000)
})
