import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import User from '#models/user'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'

test.group('Profile', (group) => {
  isolate(group)

  test('guests are sent to sign in', async ({ client }) => {
    await organizationWithStaff()
    const response = await client.get('/profile').redirects(0)
    response.assertHeader('location', '/login')
  })

  test('the page shows the stored preferences', async ({ client }) => {
    const { customer } = await organizationWithStaff()
    customer.merge({ locale: 'de', theme: 'dark' })
    await customer.save()
    const response = await client.get('/profile').loginAs(customer).withInertia()
    response.assertInertiaComponent('profile/edit')
    response.assertInertiaPropsContains({
      profile: { name: customer.name, locale: 'de', theme: 'dark', hasPassword: true },
    })
  })

  test('name, language and theme are saved on the user and audited', async ({ client, assert }) => {
    const { agent } = await organizationWithStaff()
    const response = await client
      .put('/profile')
      .loginAs(agent)
      .form({ name: 'Renamed Agent', locale: 'de', theme: 'dark' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertToast('success')
    await agent.refresh()
    assert.equal(agent.name, 'Renamed Agent')
    assert.equal(agent.locale, 'de')
    assert.equal(agent.theme, 'dark')
    const entry = await AuditLog.findByOrFail('action', 'profile.updated')
    assert.deepEqual(entry.newValues, { name: 'Renamed Agent', locale: 'de', theme: 'dark' })
  })

  test('the theme is rendered into the page shell, so it never flashes', async ({
    client,
    assert,
  }) => {
    const { customer } = await organizationWithStaff()
    customer.theme = 'dark'
    customer.locale = 'de'
    await customer.save()
    const response = await client.get('/portal').loginAs(customer)
    const html = response.text()
    assert.match(html, /<html lang="de" class="dark" data-theme="dark">/)
  })

  test('an unknown language or theme is refused', async ({ client }) => {
    const { agent } = await organizationWithStaff()
    const response = await client
      .put('/profile')
      .loginAs(agent)
      .form({ name: 'A', locale: 'xx', theme: 'neon' })
      .withCsrfToken()
      .redirects(0)
    response.assertFieldError('locale')
    response.assertFieldError('theme')
  })

  test('changing the password needs the current one and revokes remember-me tokens', async ({
    client,
    assert,
  }) => {
    const { agent } = await organizationWithStaff()
    await User.rememberMeTokens.create(agent, '30 days')

    const wrong = await client
      .put('/profile/password')
      .loginAs(agent)
      .form({
        currentPassword: 'nope nope 1',
        password: 'new secret 99',
        passwordConfirmation: 'new secret 99',
      })
      .withCsrfToken()
      .redirects(0)
    wrong.assertFieldError('currentPassword', 'The current password is not correct.')

    const mismatch = await client
      .put('/profile/password')
      .loginAs(agent)
      .form({
        currentPassword: FACTORY_PASSWORD,
        password: 'new secret 99',
        passwordConfirmation: 'other 99 x',
      })
      .withCsrfToken()
      .redirects(0)
    mismatch.assertFieldError('passwordConfirmation')

    const ok = await client
      .put('/profile/password')
      .loginAs(agent)
      .form({
        currentPassword: FACTORY_PASSWORD,
        password: 'new secret 99',
        passwordConfirmation: 'new secret 99',
      })
      .withCsrfToken()
      .redirects(0)
    ok.assertToast('success')
    await agent.refresh()
    assert.isTrue(await agent.verifyPassword('new secret 99'))
    assert.lengthOf(await User.rememberMeTokens.all(agent), 0)
    assert.exists(await AuditLog.findBy('action', 'profile.password_changed'))
  })

  test('the quick theme toggle stores the choice', async ({ client, assert }) => {
    const { customer } = await organizationWithStaff()
    await client.put('/profile/theme').loginAs(customer).form({ theme: 'light' }).withCsrfToken()
    await customer.refresh()
    assert.equal(customer.theme, 'light')
  })
})
