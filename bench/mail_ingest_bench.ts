/**
 * The e-mail channel at volume (issue 17, point 8): N messages waiting in a
 * real dovecot mailbox (tests/support/imap_server.ts) are turned into
 * tickets by the real worker process (`node ace queue:work`: fetch under
 * the lease, record, parse, classify, thread, open tickets and replies,
 * move to "Processed"), timed from the worker's start to the last message
 * settled, with the worker's peak RSS. Side by side, in the same run and on
 * the same database, the limits of the same work:
 *   - IMAP only: downloading the same messages from the same server in the
 *     same batches, nothing else (the floor no channel can go below);
 *   - tickets only: opening the same number of tickets through the portal's
 *     own service (TicketIntake.open), without any mail.
 *
 *   npm run bench:mail -- [messages] [--build] [--heap=MB]      (default 10000; --build: the worker runs npm run build's output)
 *
 * The mix: 85 % new requests from 2,000 people (one in ten with a PNG
 * attached), 10 % answers that thread onto an earlier ticket by its
 * reference, 3 % auto-replies and 2 % bounces. Progress goes to stderr,
 * the results (Markdown) to stdout.
 */
import { randomBytes } from 'node:crypto'
import { withApp } from './boot.ts'
import { startAppProcess } from './app_processes.ts'
import { startSmtpSink } from './smtp_sink.ts'

const BUILT = process.argv.includes('--build')
/** --heap=N: the worker's V8 heap capped at N MB, as docker/compose.yml runs it (128). */
const HEAP_MB = /--heap=(\d+)/.exec(process.argv.slice(2).join(' '))?.[1]
const COUNT = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 10_000)
const PEOPLE = 2_000
const BATCH = 50
const log = (line: string) => process.stderr.write(`${line}\n`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A small but real PNG header with a random body: file-type sees a PNG, as with a screenshot. */
const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex'),
  randomBytes(20_000),
])

function message(n: number, from: string, subject: string, body: string, extra = '') {
  return [
    `From: Person ${from} <${from}>`,
    'To: support@bench.example',
    `Subject: ${subject}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <bench-${n}@client.example>`,
    'MIME-Version: 1.0',
    extra,
    body,
  ]
    .filter(Boolean)
    .join('\r\n')
}

function plain(text: string) {
  return `Content-Type: text/plain; charset=utf-8\r\n\r\n${text}\r\n`
}

function withAttachment(text: string) {
  const b64 = PNG.toString('base64').replace(/.{76}/g, '$&\r\n')
  return [
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '--b1',
    'Content-Type: image/png; name="screenshot.png"',
    'Content-Disposition: attachment; filename="screenshot.png"',
    'Content-Transfer-Encoding: base64',
    '',
    b64,
    '--b1--',
    '',
  ].join('\r\n')
}

function bounce(n: number) {
  return [
    'From: MAILER-DAEMON@mx.bench.example',
    'To: helpdesk@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    `Message-ID: <bounce-${n}@mx.bench.example>`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="r1"',
    '',
    '--r1',
    'Content-Type: text/plain',
    '',
    'Your message could not be delivered.',
    '--r1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.bench.example',
    '',
    `Final-Recipient: rfc822; gone${n}@bench.example`,
    'Action: failed',
    'Status: 5.1.1',
    '--r1--',
    '',
  ].join('\r\n')
}

/** The messages, and how many of them should open a ticket (the rest: replies, ignored). */
function mailbag(prefix: string, domain: string) {
  const messages: string[] = []
  const requesters: string[] = []
  for (let n = 0; n < COUNT; n++) {
    const roll = n % 100
    const from = `person${n % PEOPLE}@${domain}`
    const text = `Hello,\r\n\r\nrequest ${n}: the printer on floor ${n % 9} shows error ${n % 97}.\r\nIt started this morning.\r\n\r\nThanks`
    if (roll < 3) {
      messages.push(
        message(
          n,
          from,
          `Automatic reply: request ${n}`,
          plain('I am out of the office.'),
          'Auto-Submitted: auto-replied'
        )
      )
    } else if (roll < 5) {
      messages.push(bounce(n))
    } else if (roll < 15 && requesters.length > 10) {
      // An answer from the requester of an earlier ticket, by its reference.
      // Tickets are numbered from 1001 (migration ticket_number_sequences), in arrival order.
      const index = n % requesters.length
      messages.push(
        message(
          n,
          requesters[index],
          `Re: [${prefix}-${1001 + index}] request`,
          plain(`Still broken (${n}).`)
        )
      )
    } else {
      requesters.push(from)
      const body = roll % 10 === 7 ? withAttachment(text) : plain(text)
      messages.push(message(n, from, `Printer error ${n % 97} on floor ${n % 9}`, body))
    }
  }
  return { messages, tickets: requesters.length }
}

await withApp(async () => {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { OrganizationFactory, UserFactory, GroupFactory } =
    await import('#database/factories/main')
  const { default: MailboxService } = await import('#services/mail_channel/mailbox_service')
  const { default: TicketIntake } = await import('#services/tickets/ticket_intake')
  const { systemContext } = await import('#services/request_context')
  const { startImapServer } = await import('#tests/support/imap_server')
  const { imapClient } = await import('#services/mail_channel/imap_connection')

  const { default: MailboxFetcher } = await import('#services/mail_channel/mailbox_fetcher')

  const imap = await startImapServer({
    users: [
      { user: 'inline', password: 'bench-secret' },
      { user: 'worker', password: 'bench-secret' },
    ],
  })
  const sink = await startSmtpSink()
  try {
    /** An organization of its own per run, with a mailbox reading that IMAP user's INBOX. */
    const desk = async (user: string) => {
      const organization = await OrganizationFactory.merge({ ticketPrefix: 'MB' }).create()
      const group = await GroupFactory.merge({
        organizationId: organization.id,
        name: 'Support',
      }).create()
      const mailbox = await MailboxService.create(
        organization.id,
        {
          name: 'Bench',
          host: '127.0.0.1',
          port: imap.port,
          tls: 'none',
          username: user,
          password: 'bench-secret',
          groupId: group.id,
          // Thousands of mails from 2,000 people in minutes is the point here, not a loop.
          loopLimit: COUNT,
        },
        systemContext
      )
      return { organization, group, mailbox }
    }
    const settledOf = async (mailboxId: number) => {
      const [row] = await db
        .from('mail_messages')
        .where('mailbox_id', mailboxId)
        .whereNot('status', 'pending')
        .count('* as n')
      return Number(row.n)
    }

    // People are one account across Switchboard: each run's organization gets its own.
    const { messages, tickets } = mailbag('MB', 'inline.example')
    log(`dropping ${COUNT} messages into two mailboxes…`)
    await imap.dropMaildir('inline', messages)
    await imap.dropMaildir('worker', mailbag('MB', 'worker.example').messages)

    // 1. IMAP only: the same messages, downloaded in the fetcher's batches (read-only).
    const client = imapClient(imap.settings('inline'))
    await client.connect()
    const lock = await client.getMailboxLock('INBOX', { readOnly: true })
    const imapStarted = performance.now()
    let bytes = 0
    const uids = ((await client.search({ all: true }, { uid: true })) || []).sort((a, b) => a - b)
    for (let start = 0; start < uids.length; start += BATCH) {
      const range = uids.slice(start, start + BATCH).join(',')
      for await (const fetched of client.fetch(range, { uid: true, source: true }, { uid: true })) {
        bytes += fetched.source?.length ?? 0
      }
    }
    const imapSeconds = (performance.now() - imapStarted) / 1000
    lock.release()
    await client.logout()
    log(`IMAP only: ${uids.length} messages in ${imapSeconds.toFixed(1)} s`)

    // 2. The channel's own work, in this process: one fetch of the whole mailbox.
    const inline = await desk('inline')
    const inlineStarted = performance.now()
    const fetched = await MailboxFetcher.fetch(inline.mailbox)
    const inlineSeconds = (performance.now() - inlineStarted) / 1000
    if (fetched.error || (await settledOf(inline.mailbox.id)) !== COUNT) {
      throw new Error(`the in-process fetch stopped: ${JSON.stringify(fetched)}`)
    }
    log(`channel in-process: ${COUNT} messages in ${inlineSeconds.toFixed(1)} s`)

    // 3. Tickets only: as many tickets as the mail opened, through the portal's service.
    const people = await Promise.all(
      Array.from({ length: 50 }, () =>
        UserFactory.merge({ organizationId: inline.organization.id }).create()
      )
    )
    const ticketsStarted = performance.now()
    for (let n = 0; n < tickets; n++) {
      await TicketIntake.open(
        people[n % people.length],
        {
          title: `Printer error ${n % 97}`,
          description: `request ${n}: the printer shows an error.`,
          groupId: inline.group.id,
        },
        [],
        systemContext,
        'portal'
      )
    }
    const ticketsSeconds = (performance.now() - ticketsStarted) / 1000
    log(`tickets only: ${tickets} in ${ticketsSeconds.toFixed(1)} s`)

    // 4. End to end: the real worker process, which also sends every receipt meanwhile.
    const viaWorker = await desk('worker')
    const started = performance.now()
    const worker = await startAppProcess('worker', BUILT, {
      DB_DATABASE: process.env.DB_DATABASE!,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      MAIL_FETCH_INTERVAL_MS: '2000',
      MAIL_IDLE: 'false',
      ...(HEAP_MB
        ? { NODE_OPTIONS: `--max-old-space-size=${HEAP_MB} --max-semi-space-size=8` }
        : {}),
    })
    const ready = performance.now()
    while ((await settledOf(viaWorker.mailbox.id)) < COUNT) await sleep(500)
    const workerSeconds = (performance.now() - ready) / 1000
    const startSeconds = (ready - started) / 1000
    const peakMb = await worker.peakRssMb()
    await worker.stop()
    log(
      `worker: ${COUNT} messages in ${workerSeconds.toFixed(1)} s, peak RSS ${peakMb.toFixed(0)} MB`
    )

    const outcomes = await db
      .from('mail_messages')
      .where('mailbox_id', viaWorker.mailbox.id)
      .groupBy('status', 'reason')
      .select('status', 'reason')
      .count('* as n')
    const opened = await db
      .from('tickets')
      .where('organization_id', viaWorker.organization.id)
      .count('* as n')

    const perSecond = (items: number, seconds: number) => (items / seconds).toFixed(0)
    const ticketRate = tickets / ticketsSeconds
    console.log(`| Work | Items | Seconds | Per second |`)
    console.log(`| --- | ---: | ---: | ---: |`)
    const row = (label: string, items: number, seconds: number) =>
      console.log(
        `| ${label} | ${items.toLocaleString('en')} | ${seconds.toFixed(1)} | ${perSecond(items, seconds)} |`
      )
    row(
      'E-mail channel, one fetch in-process (fetch, record, parse, ingest, move)',
      COUNT,
      inlineSeconds
    )
    row(
      'E-mail channel, the worker process (the same, while it sends the receipts)',
      COUNT,
      workerSeconds
    )
    row('Limit: IMAP download only, same messages and batches', uids.length, imapSeconds)
    row('Limit: tickets only, TicketIntake.open (portal path), in-process', tickets, ticketsSeconds)
    console.log('')
    console.log(
      `- Code: ${BUILT ? 'built (npm run build)' : 'sources through the TypeScript loader'}; worker heap ${HEAP_MB ? `capped at ${HEAP_MB} MB` : 'uncapped'}`
    )
    console.log(`- Messages: ${COUNT.toLocaleString('en')}, ${(bytes / 1024 / 1024).toFixed(1)} MB`)
    console.log(
      `- Worker peak RSS (VmHWM): ${peakMb.toFixed(0)} MB; its start took ${startSeconds.toFixed(1)} s (not counted)`
    )
    console.log(
      `- Per ticket opened: in-process channel ${(tickets / inlineSeconds).toFixed(0)}/s ÷ portal path ${ticketRate.toFixed(0)}/s = ${(tickets / inlineSeconds / ticketRate).toFixed(2)}`
    )
    console.log(
      `- Tickets the worker's channel opened: ${Number(opened[0].n).toLocaleString('en')} (expected ${tickets.toLocaleString('en')})`
    )
    console.log(
      `- Outcomes: ${outcomes.map((o) => `${o.status}${o.reason ? ' ' + o.reason : ''} ${o.n}`).join(', ')}`
    )
    console.log(
      `- Mails the worker sent meanwhile (SMTP sink): ${sink.received().toLocaleString('en')}`
    )
  } finally {
    await imap.stop()
    await sink.close()
  }
})
