import { test } from '@japa/runner'
import User from '#models/user'
import { isolate } from '#tests/support/world'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

/**
 * The newcomer's path: a fresh install, /setup, the admin creates an agent
 * and a customer, and each lands in their own area.
 */
test.group('Onboarding', (group) => {
  isolate(group)

  test('setup, then an admin creates an agent and a customer who each land in their area', async ({
    browserContext,
    assert,
  }) => {
    const page = await browserContext.newPage()
    await page.goto(`${baseUrl}/`)
    await page.waitForURL('**/setup')
    await page.getByLabel('Organization name').fill('Northwind')
    await page.getByLabel('Your name').fill('Nora Admin')
    await page.getByLabel('E-mail').fill('nora@northwind.example.com')
    await page.getByLabel('Password', { exact: true }).fill('northwind rocks 1')
    await page.getByLabel('Confirm password').fill('mismatch 123')
    await page.getByRole('button', { name: 'Create organization' }).click()
    await page.getByText('The passwords do not match.').waitFor()
    await screenshot(page, 'onboarding-1-setup-error')
    await page.getByLabel('Password', { exact: true }).fill('northwind rocks 1')
    await page.getByLabel('Confirm password').fill('northwind rocks 1')
    await page.getByRole('button', { name: 'Create organization' }).click()
    await page.waitForURL('**/admin')
    await page.getByText('Get your helpdesk ready').waitFor()
    await page.getByText('Welcome to Switchboard, Nora Admin. Your helpdesk is ready.').waitFor()
    await screenshot(page, 'onboarding-2-dashboard')

    const people = [
      { name: 'Aaron Agent', email: 'aaron@northwind.example.com', role: 'agent', area: '/desk' },
      {
        name: 'Cora Customer',
        email: 'cora@northwind.example.com',
        role: 'customer',
        area: '/portal',
      },
    ]
    for (const person of people) {
      await page.getByRole('link', { name: 'Users' }).click()
      await page.getByRole('link', { name: 'New user' }).click()
      await page.getByLabel('Name').fill(person.name)
      await page.getByLabel('E-mail', { exact: true }).fill(person.email)
      await page.getByLabel('Role').selectOption(person.role)
      await page.getByLabel('Set a password now').check()
      await page.getByLabel('Password', { exact: true }).fill('welcome aboard 9')
      await page.getByRole('button', { name: 'Create user' }).click()
      await page.waitForURL(/\/admin\/users\/\d+$/)
      await page.getByText(`${person.name} can now sign in.`).waitFor()
    }
    await screenshot(page, 'onboarding-3-user-created')
    await page.getByRole('link', { name: 'Users' }).click()
    await page.getByRole('cell', { name: /Cora Customer/ }).waitFor()
    await screenshot(page, 'onboarding-4-users')

    for (const person of people) {
      await page.getByTestId('user-menu').click()
      await page.getByTestId('sign-out').click()
      await page.waitForURL('**/login')
      await signIn(page, person.email, 'welcome aboard 9')
      await page.waitForURL(`**${person.area}`)
      await screenshot(page, `onboarding-5-${person.role}`)
    }
    assert.lengthOf(await User.query().where('role', 'admin'), 1)
  })

  test('creating a user with a taken e-mail shows the error beside the field and keeps the input', async ({
    browserContext,
    assert,
  }) => {
    const page = await browserContext.newPage()
    await page.goto(`${baseUrl}/setup`)
    await page.getByLabel('Organization name').fill('Contoso')
    await page.getByLabel('Your name').fill('Carl Admin')
    await page.getByLabel('E-mail').fill('carl@contoso.example.com')
    await page.getByLabel('Password', { exact: true }).fill('contoso rules 2')
    await page.getByLabel('Confirm password').fill('contoso rules 2')
    await page.getByRole('button', { name: 'Create organization' }).click()
    await page.waitForURL('**/admin')

    await page.goto(`${baseUrl}/admin/users/new`)
    await page.getByLabel('Name').fill('Second Carl')
    await page.getByLabel('E-mail', { exact: true }).fill('CARL@contoso.example.com')
    await page.getByRole('button', { name: 'Invite user' }).click()
    await page.getByText('This e-mail address is already in use.').waitFor()
    assert.equal(await page.getByLabel('Name').inputValue(), 'Second Carl')
    assert.equal(await page.getAttribute('#field-email', 'aria-invalid'), 'true')
    await screenshot(page, 'create-user-error')
  })
})
