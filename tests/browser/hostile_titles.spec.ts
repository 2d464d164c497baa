import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { screenshot, signIn } from '#tests/support/browser'

/** Titles crafted to break out of the page data the server embeds in its HTML. */
const HOSTILE = [
  '<!--<script>',
  '</script><img src=x onerror="window.__pwned=1">',
  'Tom & Jerry <b>bold</b> \u2028 line',
]

test.group('Hostile ticket titles', (group) => {
  isolate(group)

  test('every desk page that lists them still works and shows them as text', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    for (const title of HOSTILE) {
      await openTicket(desk.customer, desk.it.id, { title })
    }
    const page = await browserContext.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await signIn(page, desk.agent.email, FACTORY_PASSWORD)
    await page.waitForURL('**/desk')
    for (const title of HOSTILE) {
      await page.getByRole('link', { name: title.trim() }).first().waitFor()
    }
    await screenshot(page, 'hostile-titles-desk')
    assert.isUndefined(await page.evaluate('window.__pwned'))
    assert.deepEqual(errors, [])

    await page.reload()
    await page.getByRole('link', { name: '<!--<script>' }).click()
    await page.getByRole('heading', { name: '<!--<script>' }).waitFor()
    assert.isUndefined(await page.evaluate('window.__pwned'))
  })
})
