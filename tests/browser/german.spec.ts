import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import type { Page } from 'playwright'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

/** What the predicate below uses of the page; the tests compile without the DOM library. */
type PageGlobals = {
  document: { querySelectorAll(selector: string): Iterable<{ textContent: string | null }> }
  getComputedStyle(element: unknown): { opacity: string }
}

/**
 * Waits for a toast with this text to finish sliding in, so the screenshot
 * shows it. A function, not a string: the page's CSP forbids eval.
 */
async function toastShown(page: Page, text: string) {
  await page.getByText(text).waitFor()
  await page.waitForFunction((wanted) => {
    const { document, getComputedStyle } = globalThis as unknown as PageGlobals
    return [...document.querySelectorAll('[data-sonner-toast]')].some(
      (toast) => toast.textContent?.includes(wanted) && getComputedStyle(toast).opacity === '1'
    )
  }, text)
}

/**
 * A German user in an English browser: what the server says (a refused
 * field, a toast, error pages, the sign-in page after signing out) is
 * German, like the client's own strings.
 */
test.group('German user', (group) => {
  isolate(group)

  test('sees German in messages, toasts and error pages', async ({ browserContext, assert }) => {
    const { customer } = await organizationWithStaff()
    customer.locale = 'de'
    await customer.save()
    const page = await browserContext.newPage()
    await signIn(page, customer.email, FACTORY_PASSWORD)
    await page.waitForURL('**/portal')

    await page.goto(`${baseUrl}/profile`)
    await page.getByLabel('Aktuelles Passwort').fill('not my password 1')
    await page.getByLabel('Neues Passwort').fill('short1')
    await page.getByLabel('Passwort bestätigen').fill('short1')
    await page.getByRole('button', { name: 'Passwort ändern' }).click()
    await page.getByText('Das Passwort muss mindestens 10 Zeichen lang sein.').waitFor()
    await screenshot(page, 'german-1-refused-field')

    await page.getByRole('button', { name: 'Profil speichern' }).click()
    await toastShown(page, 'Ihr Profil wurde gespeichert.')
    await screenshot(page, 'german-2-toast')

    const missing = await page.goto(`${baseUrl}/portal/tickets/999999`)
    assert.equal(missing!.status(), 404)
    await page.getByRole('heading', { name: 'Seite nicht gefunden' }).waitFor()
    await page.getByRole('link', { name: 'Zur Startseite' }).waitFor()
    await screenshot(page, 'german-3-not-found')

    /** An address no route knows is answered before the session is read. */
    const unknown = await page.goto(`${baseUrl}/gibt-es-nicht`)
    assert.equal(unknown!.status(), 404)
    await page.getByRole('heading', { name: 'Seite nicht gefunden' }).waitFor()
    await screenshot(page, 'german-4-unknown-address')

    await page.goto(`${baseUrl}/portal`)
    await page.getByTestId('user-menu').click()
    await page.getByTestId('sign-out').click()
    await page.waitForURL('**/login')
    await toastShown(page, 'Sie wurden abgemeldet.')
    await page.getByRole('button', { name: 'Anmelden' }).waitFor()
    await screenshot(page, 'german-5-signed-out')
  })
})
