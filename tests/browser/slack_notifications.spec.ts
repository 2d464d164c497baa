import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { drainEvents } from '#tests/support/plugins'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'
import { BOT_TOKEN, SlackStandIn } from '#tests/support/slack_stand_in'

const IT_CHANNEL = 'CIT000001'
const FACILITIES_CHANNEL = 'CFAC00001'

/**
 * Issue 15's "done when": an admin connects Slack from the UI, routes two
 * groups to two channels, and sees threaded, updating messages for a
 * ticket's life (worked by an agent in the desk) in the stand-in, whose
 * page shows the channels as Slack would.
 */
test.group('Slack notifications (browser)', (group) => {
  isolate(group)

  test("an admin connects a bot token, routes two groups to two channels, tests it, and a ticket's life shows as one updating thread", async ({
    browserContext,
    assert,
  }) => {
    const slack = await SlackStandIn.start()
    try {
      const desk = await helpdesk()
      const page = await browserContext.newPage()
      await signIn(page, desk.admin.email, FACTORY_PASSWORD)
      await page.waitForURL('**/admin')
      await page.goto(`${baseUrl}/admin/plugins/slack-notifications`)
      await page.getByLabel('Connect with').selectOption('bot')
      await page.getByLabel('Bot token').fill(BOT_TOKEN)
      await page.getByLabel('Web API base URL').fill(slack.apiBaseUrl)
      await page.getByLabel('Other hosts allowed').fill(slack.host)
      const rows = page.getByTestId('rows-routes')
      for (const [index, [groupName, channel]] of [
        ['IT', IT_CHANNEL],
        ['Facilities', FACILITIES_CHANNEL],
      ].entries()) {
        await page.getByTestId('add-row').click()
        const row = rows.locator(`tr[data-row="${index}"]`)
        await row.getByLabel('Group').selectOption({ label: groupName })
        await row.getByLabel('Channel ID').fill(channel)
      }
      await page.getByRole('button', { name: 'Save settings' }).click()
      await page.getByText('Plugin settings saved.').waitFor()
      await page.getByLabel('Enabled for your organization').click()
      await page
        .getByRole('switch', { name: 'Enabled for your organization', checked: true })
        .waitFor()
      await screenshot(page, 'slack-settings')

      await page.goto(`${baseUrl}/plugins/slack-notifications/admin`)
      await page.getByLabel('Channel ID').fill(IT_CHANNEL)
      await page.getByRole('button', { name: 'Send a test message' }).click()
      await page
        .getByTestId('last-test')
        .getByText(/ok: posted as ts/)
        .waitFor()
      await screenshot(page, 'slack-test-message')

      // A ticket in each group; the IT one is worked in the desk.
      const printer = await openTicket(desk.customer, desk.it.id, { title: 'Printer offline' })
      await openTicket(desk.customer, desk.facilities.id, { title: 'Door jams' })
      await drainEvents()
      const agent = await browserContext
        .browser()!
        .newContext()
        .then((context) => context.newPage())
      await signIn(agent, desk.agent.email, FACTORY_PASSWORD)
      await agent.waitForURL('**/desk')
      await agent.goto(`${baseUrl}/desk/tickets/${printer.id}`)
      await agent.getByTestId('assign-to-me').click()
      await agent.getByText('Ticket assigned.').waitFor()
      await agent.getByLabel('Your reply').fill('Restarted the print server; try again please.')
      await agent.getByTestId('send-reply').click()
      await agent.getByText('Reply sent.').waitFor()
      await agent.getByLabel('Status', { exact: true }).selectOption('resolved')
      await agent.getByTestId('save-ticket').click()
      await agent.getByText('Ticket updated.').waitFor()
      await drainEvents()

      await page.goto(slack.origin)
      const it = page.getByRole('region', { name: `#${IT_CHANNEL}` })
      const parent = it
        .locator('article[data-role="parent"]')
        .filter({ hasText: 'Printer offline' })
      await parent.locator('dd', { hasText: /^Status\s*Resolved$/ }).waitFor()
      await parent.getByText('(edited)').waitFor()
      const replies = it.getByRole('list', { name: 'Thread' }).locator('article')
      await replies.filter({ hasText: 'Restarted the print server' }).waitFor()
      await replies.filter({ hasText: 'resolved it' }).waitFor()
      const facilities = page.getByRole('region', { name: `#${FACILITIES_CHANNEL}` })
      await facilities.getByText('Door jams').first().waitFor()
      assert.equal(await facilities.getByText('Printer offline').count(), 0)
      await screenshot(page, 'slack-stand-in-threads')

      // One thread: the test message and the ticket's parent are the channel's only top-level posts.
      assert.lengthOf(slack.topLevel(IT_CHANNEL), 2)
      assert.isAtLeast(slack.replies(IT_CHANNEL, slack.topLevel(IT_CHANNEL)[1].ts).length, 3)
    } finally {
      await slack.close()
    }
  }).timeout(120_000)
})
