/**
 * Slack notifications under load (issue 15, point 7): tickets opened at
 * RATE per second for SECONDS seconds in this process (each commit records
 * a ticket.created event), delivered by the real worker in its own process
 * through the slack-notifications plugin (bot token, one channel) to a
 * Slack stand-in in this process. Reports the rate reached, the delivery
 * latency from commit to Slack (p50, p99, max), duplicates and losses.
 *
 *   npm run bench:slack -- [rate] [seconds]        (default 200 60)
 *   SLACK_DELAY_MS=1500 npm run bench:slack -- 10 3 (Slack answering slowly)
 *
 * It migrates DB_DATABASE (default switchboard_bench_slack) afresh first.
 */
import { withApp } from './boot.ts'
import { startAppProcess } from './app_processes.ts'
import { startSmtpSink } from './smtp_sink.ts'
import { BOT_TOKEN, SlackStandIn } from '../tests/support/slack_stand_in.ts'

const [RATE, SECONDS] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 60)]
const CHANNEL = 'CLOAD0001'
const log = (line: string) => process.stderr.write(`${line}\n`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : Number.NaN

await withApp(async () => {
  const { default: Organization } = await import('#models/organization')
  const { default: User } = await import('#models/user')
  const { default: Group } = await import('#models/group')
  const { default: Installations } = await import('#platform/installations')
  const { default: PluginCatalog } = await import('#platform/plugin_catalog')
  const { default: TicketIntake } = await import('#services/tickets/ticket_intake')
  const { systemContext } = await import('#services/request_context')

  const slack = await SlackStandIn.start()
  // SLACK_DELAY_MS: Slack answers this late (a slow Slack; the worker must not stall on it).
  slack.answerDelayMs = Number(process.env.SLACK_DELAY_MS ?? 0)
  const sink = await startSmtpSink()
  const organization = await Organization.create({
    name: 'Load',
    slug: `load-${Date.now()}`,
    ticketPrefix: 'LD',
  })
  const customer = await User.create({
    organizationId: organization.id,
    name: 'Customer',
    email: `customer-${organization.id}@load.example`,
    password: null,
    role: 'customer',
    isActive: true,
  })
  const group = await Group.create({
    organizationId: organization.id,
    name: 'IT',
    description: '',
    isActive: true,
    position: 0,
  })
  const plugin = PluginCatalog.find('slack-notifications')!
  const settings = {
    mode: 'bot',
    botToken: BOT_TOKEN,
    apiBaseUrl: slack.apiBaseUrl,
    allowedHosts: slack.host,
    deskBaseUrl: 'https://help.example.com',
    routes: [{ groupId: group.id, channel: CHANNEL, events: ['ticket.created'] }],
  }
  await Installations.configure(organization.id, plugin, settings, systemContext)
  await Installations.enable(organization.id, plugin, systemContext)

  // When Slack received each ticket's message, by reference (the text fallback names it).
  const received = new Map<string, number[]>()
  const push = slack.calls.push.bind(slack.calls)
  slack.calls.push = (...calls) => {
    for (const call of calls) {
      const reference = /\bLD-\d+\b/.exec(String(call.body?.text ?? ''))?.[0]
      if (call.method === 'chat.postMessage' && reference) {
        received.set(reference, [...(received.get(reference) ?? []), Date.now()])
      }
    }
    return push(...calls)
  }

  const worker = await startAppProcess('worker', false, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
  })
  log(`worker pid ${worker.pid}; opening ${RATE} tickets/s for ${SECONDS} s`)
  const committed = new Map<string, number>()
  const total = RATE * SECONDS
  const started = Date.now()
  const inFlight = new Set<Promise<void>>()
  for (let n = 0; n < total; n++) {
    const due = started + (n * 1000) / RATE
    if (due > Date.now()) await sleep(due - Date.now())
    const opening = TicketIntake.open(
      customer,
      {
        title: `Printer ${n} is jammed`,
        description: 'Paper jam in tray 2.',
        groupId: group.id,
        priority: 'medium',
      } as never,
      [],
      { ...systemContext, actor: customer },
      'api'
    ).then((ticket: { number: number }) => {
      committed.set(`LD-${ticket.number}`, Date.now())
    })
    const tracked = opening.finally(() => inFlight.delete(tracked))
    inFlight.add(tracked)
    if (inFlight.size >= 32) await Promise.race(inFlight)
  }
  await Promise.all(inFlight)
  const loadSeconds = (Date.now() - started) / 1000
  log(`opened ${committed.size} in ${loadSeconds.toFixed(1)} s; waiting for the worker to deliver`)

  const deadline = Date.now() + 10 * 60_000
  while (received.size < committed.size && Date.now() < deadline) await sleep(500)
  const drainSeconds = (Date.now() - started) / 1000 - loadSeconds
  const rssMb = await worker.peakRssMb()
  await worker.stop()
  await slack.close()
  await sink.close()

  const latencies: number[] = []
  let duplicates = 0
  for (const [reference, at] of committed) {
    const arrivals = received.get(reference) ?? []
    if (arrivals.length) latencies.push(arrivals[0] - at)
    duplicates += Math.max(0, arrivals.length - 1)
  }
  const lost = [...committed.keys()].filter((reference) => !received.has(reference)).length
  latencies.sort((a, b) => a - b)
  console.log(`## Slack notifications under load (${new Date().toISOString().slice(0, 10)})

| Asked | Reached | Tickets | Delivered | Duplicates | Lost | Latency p50 | p99 | max | Drain after the load | Worker peak RSS |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| ${RATE}/s for ${SECONDS} s | ${(committed.size / loadSeconds).toFixed(0)}/s | ${committed.size} | ${received.size} | ${duplicates} | ${lost} | ${(quantile(latencies, 0.5) / 1000).toFixed(2)} s | ${(quantile(latencies, 0.99) / 1000).toFixed(2)} s | ${(latencies.at(-1)! / 1000).toFixed(2)} s | ${drainSeconds.toFixed(1)} s | ${rssMb.toFixed(0)} MB |
`)
})
