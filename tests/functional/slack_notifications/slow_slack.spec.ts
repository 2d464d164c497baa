import { test } from '@japa/runner'
import redis from '@adonisjs/redis/services/main'
import Organization from '#models/organization'
import Installations from '#platform/installations'
import Outbox from '#platform/outbox'
import { startEventWorker } from '#platform/event_worker'
import { queue } from '#services/queue/queue_registry'
import { QUEUES } from '#config/queue'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { deliveriesOf, enablePlugin } from '#tests/support/plugins'
import { BOT_TOKEN, SlackStandIn } from '#tests/support/slack_stand_in'
import { IT_CHANNEL } from './slack_world.js'

/**
 * A slow Slack must not hold the worker's database connections. With
 * `once`, each delivery waiting on Slack kept a connection of the pool
 * (10) and then asked for another: ten at once starved the pool, the
 * worker stalled until connections timed out (30 tickets with 1.5 s
 * answers took 312 s instead of 4 s in `bench:slack`). This runs the
 * real worker at its real concurrency on committed data (a test
 * transaction would put every query on one connection), so the pool is
 * the one the worker has in production.
 */
test.group('Slack notifications: a slow Slack', (group) => {
  const organizations: number[] = []
  let slack: SlackStandIn
  group.each.setup(async () => {
    await redis.flushdb()
    Installations.forget()
    slack = await SlackStandIn.start()
    return async () => {
      await slack.close()
      await Organization.query().whereIn('id', organizations.splice(0)).delete()
      Installations.forget()
    }
  })

  test('ten deliveries waiting on Slack at once do not starve the database pool', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    await enablePlugin(desk.organization, 'slack-notifications', {
      mode: 'bot',
      botToken: BOT_TOKEN,
      apiBaseUrl: slack.apiBaseUrl,
      allowedHosts: slack.host,
      routes: [{ groupId: desk.it.id, channel: IT_CHANNEL, events: ['ticket.created'] }],
    })
    for (let n = 0; n < 20; n++) await openTicket(desk.customer, desk.it.id, { title: `T${n}` })
    slack.answerDelayMs = 1500
    await Outbox.settle()

    const worker = startEventWorker(10)
    try {
      const events = queue(QUEUES.events)
      for (;;) {
        const counts = await events.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
        if (Object.values(counts).every((n) => n === 0)) break
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    } finally {
      await worker.close()
    }

    const deliveries = await deliveriesOf('plugin:slack-notifications').where(
      'organization_id',
      desk.organization.id
    )
    assert.deepEqual(
      deliveries.map((delivery) => [delivery.status, delivery.attempts, delivery.lastError]),
      Array.from({ length: 20 }, () => ['ok', 1, null]),
      'every delivery succeeded on its first attempt'
    )
    assert.lengthOf(slack.topLevel(IT_CHANNEL), 20)
  }).timeout(300_000)
})
