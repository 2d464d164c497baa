import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Ticket from '#models/ticket'
import Mailbox from '#models/mailbox'
import MailboxFetcher from '#services/mail_channel/mailbox_fetcher'
import MailRecorder from '#services/mail_channel/mail_recorder'
import MailProcessor from '#services/mail_channel/mail_processor'
import { MAX_MESSAGE_BYTES } from '#services/mail_channel/mail_ingest'
import MailboxService from '#services/mail_channel/mailbox_service'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { startImapServer, type ImapServerHandle } from '#tests/support/imap_server'
import {
  connectedMailbox,
  deliver,
  fetchMessages,
  fetchNow,
  fetchSummary,
  IMAP_USER,
  messagesOf,
  rawMail,
  rawSize,
} from '#tests/support/mail_channel'

async function ticketsOf(organizationId: number) {
  return Ticket.query().where('organization_id', organizationId).orderBy('id')
}

test.group('E-mail channel: fetching, exactly once', (group) => {
  isolate(group)
  let imap: ImapServerHandle
  group.each.setup(async () => {
    imap = await startImapServer()
    return () => imap.stop()
  })

  test('a second fetch finds nothing new; "delete" removes fetched mail instead of moving it', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id, {
      afterFetch: 'delete',
    })
    await deliver(
      imap,
      { from: 'a@customer.example', subject: 'One' },
      { from: 'b@customer.example', subject: 'Two' }
    )
    const first = await fetchNow(mailbox)
    assert.containsSubset(first.summary, { fetched: 2, processed: 2 })
    const second = await fetchNow(mailbox)
    assert.containsSubset(second.summary, { fetched: 0, processed: 0 })
    assert.lengthOf(second.messages, 2)
    assert.deepEqual(await imap.folderUids(IMAP_USER, 'INBOX'), [])
    assert.deepEqual(await imap.folderUids(IMAP_USER, 'Processed').catch(() => []), [])
    assert.lengthOf(await ticketsOf(desk.organization.id), 2)
    await mailbox.refresh()
    assert.isNotNull(mailbox.lastFetchedAt)
    assert.isNull(mailbox.lastError)
    assert.isNotNull(mailbox.uidValidity)
  })

  test('a worker that died after recording: the next fetch processes the message once and moves it', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    const raw = rawMail({ from: 'c@customer.example', subject: 'Recorded, never processed' })
    const { uid, uidValidity } = await imap.append(IMAP_USER, 'INBOX', raw)
    // What the dead worker got done: the raw copy and the pending row.
    await MailRecorder.record(mailbox, [
      { uid, uidValidity: Number(uidValidity), source: Buffer.from(raw), receivedAt: null },
    ])
    const [recorded] = await messagesOf(mailbox)
    assert.equal(recorded.status, 'pending')
    assert.match(recorded.messageId ?? '', /^<[\w-]+@client\.example>$/, 'named by its Message-ID')

    const { summary, messages } = await fetchNow(mailbox)
    assert.containsSubset(summary, { fetched: 0, processed: 1 })
    assert.lengthOf(messages, 1)
    assert.equal(messages[0].status, 'ticket')
    assert.equal(messages[0].attempts, 1)
    assert.lengthOf(await ticketsOf(desk.organization.id), 1)
    assert.deepEqual(await imap.folderUids(IMAP_USER, 'INBOX'), [])
  })

  test('a worker that died after processing, before moving: the next fetch moves it, no second ticket', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    const raw = rawMail({ from: 'd@customer.example', subject: 'Processed, never moved' })
    const { uid, uidValidity } = await imap.append(IMAP_USER, 'INBOX', raw)
    const [id] = await MailRecorder.record(mailbox, [
      { uid, uidValidity: Number(uidValidity), source: Buffer.from(raw), receivedAt: null },
    ])
    const [pending] = await messagesOf(mailbox)
    assert.equal(pending.id, id)
    await MailProcessor.process(pending, mailbox)

    const { summary } = await fetchNow(mailbox)
    assert.containsSubset(summary, { fetched: 0, processed: 0 })
    assert.lengthOf(await ticketsOf(desk.organization.id), 1)
    assert.deepEqual(await imap.folderUids(IMAP_USER, 'INBOX'), [])
    assert.lengthOf(await imap.folderUids(IMAP_USER, 'Processed'), 1)
  })

  test('one mailbox is fetched by one worker at a time; a dead worker’s lease runs out', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    await deliver(imap, { from: 'e@customer.example', subject: 'Once only' })

    const both = await Promise.all([
      MailboxFetcher.fetch(await Mailbox.findOrFail(mailbox.id)),
      MailboxFetcher.fetch(await Mailbox.findOrFail(mailbox.id)),
    ])
    assert.sameMembers(
      both.map((summary) => summary.skipped ?? 'fetched'),
      ['busy', 'fetched']
    )
    assert.lengthOf(await ticketsOf(desk.organization.id), 1)

    // Another worker holds it: skipped. Its lease expired: taken over.
    await deliver(imap, { from: 'f@customer.example', subject: 'After the crash' })
    await db
      .from('mailboxes')
      .where('id', mailbox.id)
      .update({
        fetch_lease_owner: 'dead-worker',
        fetch_lease_until: db.raw("now() + interval '1 minute'"),
      })
    const skipped = await fetchSummary(mailbox)
    assert.equal(skipped.skipped, 'busy')
    await db
      .from('mailboxes')
      .where('id', mailbox.id)
      .update({ fetch_lease_until: db.raw("now() - interval '1 second'") })
    assert.containsSubset(await fetchSummary(mailbox), { fetched: 1, processed: 1 })
    assert.lengthOf(await ticketsOf(desk.organization.id), 2)
  })

  test('the same Message-ID twice, or a new UIDVALIDITY, never opens a second ticket', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id, {
      afterFetch: 'move',
    })
    const raw = rawMail({
      from: 'g@customer.example',
      subject: 'Sent twice',
      messageId: '<twice@client.example>',
    })
    await deliver(imap, raw, raw)
    const { messages } = await fetchNow(mailbox)
    assert.deepEqual(
      messages.map((message) => [message.status, message.reason]),
      [
        ['ticket', null],
        ['ignored', 'duplicate'],
      ]
    )

    // The server renumbered the folder (a restore, a migration): everything in it is "new".
    await imap.append(IMAP_USER, 'INBOX', raw)
    await db.from('mailboxes').where('id', mailbox.id).update({ uid_validity: 1 })
    const after = await fetchMessages(mailbox)
    assert.equal(after[2].reason, 'duplicate')
    assert.lengthOf(await ticketsOf(desk.organization.id), 1)
  })

  test('a message over the size limit is a dead letter kept whole; the next message goes on', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    const huge = rawMail({
      from: 'big@customer.example',
      subject: 'Huge',
      body: 'x'
        .repeat(76)
        .concat('\n')
        .repeat(Math.ceil((MAX_MESSAGE_BYTES + 1024) / 77)),
    })
    await deliver(imap, huge, { from: 'small@customer.example', subject: 'Small' })
    const { messages } = await fetchNow(mailbox)
    assert.equal(messages[0].status, 'failed')
    assert.match(messages[0].error ?? '', /over the 64 MB that are processed/)
    assert.equal(await rawSize(messages[0]), Buffer.byteLength(huge))
    assert.equal(messages[1].status, 'ticket')
  }).timeout(60_000)

  test('another folder is fetched afresh, even where its UIDs and UIDVALIDITY repeat the old one’s', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    await deliver(imap, { from: 'old@customer.example', subject: 'From the INBOX' })
    const [first] = await fetchMessages(mailbox)
    const moved = await imap.append(
      IMAP_USER,
      'Support',
      rawMail({ from: 'new@customer.example', subject: 'From Support' })
    )
    assert.equal(moved.uid, first.uid, 'the same UID in the other folder')
    // As on a server that numbers every folder alike: the recorded row looks like the new message.
    await db
      .from('mail_messages')
      .where('id', first.id)
      .update({ uid_validity: Number(moved.uidValidity) })
    await MailboxService.update(mailbox, { folder: 'Support' }, systemContext)

    const after = await fetchMessages(mailbox)
    assert.lengthOf(after, 2)
    assert.equal(after[1].status, 'ticket')
    assert.equal(after[1].subject, 'From Support')
    assert.deepEqual(await imap.folderUids(IMAP_USER, 'Support'), [])
  })

  test('a deleted mailbox leaves its messages with their tickets', async ({ assert }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    await deliver(imap, { from: 'keep@customer.example', subject: 'Keep my mail' })
    const [message] = await fetchMessages(mailbox)
    await MailboxService.delete(mailbox, systemContext)
    await message.refresh()
    assert.isNull(message.mailboxId)
    assert.isNotNull(message.ticketId)
    assert.isAbove(await rawSize(message), 0)
    await assert.rejects(() => MailProcessor.retry(message, systemContext))
  })

  test('a wrong password is reported on the mailbox and loses nothing', async ({ assert }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    await MailboxService.update(mailbox, { password: 'wrong' }, systemContext)
    await deliver(imap, { from: 'h@customer.example', subject: 'Waiting' })
    const { summary } = await fetchNow(mailbox)
    assert.match(summary.error ?? '', /password|log ?in|credentials/i)
    await mailbox.refresh()
    assert.equal(mailbox.lastError, summary.error)
    assert.lengthOf(await imap.folderUids(IMAP_USER, 'INBOX'), 1)

    await MailboxService.update(
      mailbox,
      { password: imap.settings(IMAP_USER).password },
      systemContext
    )
    assert.containsSubset(await fetchSummary(mailbox), { fetched: 1, processed: 1 })
    await mailbox.refresh()
    assert.isNull(mailbox.lastError)
  })
})
