import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'
import { BOT_TOKEN, SlackStandIn } from '#tests/support/slack_stand_in'

test.group('Slack notifications (browser)', (group) => {
  isolate(group)

  test('an admin connects a bot token, routes the IT group to a channel, and sends a test message that Slack accepts', async ({
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
      await page.getByTestId('add-row').click()
      const row = page.getByTestId('rows-routes').locator('tr[data-row="0"]')
      await row.getByLabel('Group').selectOption({ label: 'IT' })
      await row.getByLabel('Channel ID').fill('CIT000001')
      await page.getByRole('button', { name: 'Save settings' }).click()
      await page.getByText('Plugin settings saved.').waitFor()
      await page.getByLabel('Enabled for your organization').click()
      await screenshot(page, 'slack-settings')

      await page.goto(`${baseUrl}/plugins/slack-notifications/admin`)
      await page.getByLabel('Channel ID').fill('CIT000001')
      await page.getByRole('button', { name: 'Send a test message' }).click()
      await page
        .getByTestId('last-test')
        .getByText(/ok: posted as ts/)
        .waitFor()
      assert.lengthOf(slack.messages('CIT000001'), 1)
      await screenshot(page, 'slack-test-message')
    } finally {
      await slack.close()
    }
  }).timeout(90_000)
})
