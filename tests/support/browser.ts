import { mkdir } from 'node:fs/promises'
import type { Page } from 'playwright'
import env from '#start/env'

export const baseUrl = env.get('APP_URL')

const SCREENSHOTS = new URL('../artifacts/screenshots/', import.meta.url)

/** Full-page screenshots kept as test artifacts (tests/artifacts/screenshots). */
export async function screenshot(page: Page, name: string) {
  await mkdir(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true })
}

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${baseUrl}/login`)
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** Whether <html> carries a class (the theme lives there). */
export async function htmlHasClass(page: Page, name: string) {
  const classes = (await page.locator('html').getAttribute('class')) ?? ''
  return classes.split(/\s+/).includes(name)
}

/** How many pixels the page can be scrolled sideways (0 when it fits). */
export function horizontalOverflow(page: Page) {
  return page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth'
  )
}
