import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { DateTime } from 'luxon'
import User from '#models/user'
import PasswordResetToken from '#models/password_reset_token'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { mailbox } from '#tests/support/mailbox'

const CONFIRMATION =
  'If an account exists for that address, a link to choose a new password is on its way.'

/** The /reset-password/<token> path from the e-mail's text part. */
function resetPathFrom(text: string) {
  const match = text.match(/https?:\/\/[^\s]+\/reset-password\/([A-Za-z0-9_-]+)/)
  if (!match) {
    throw new Error(`no reset link in: ${text}`)
  }
  return { path: `/reset-password/${match[1]}`, token: match[1] }
}

/** Asks for a reset link through the form and reads it from the e-mail that arrives. */
async function requestLink(client: ApiClient, email: string) {
  await client.post('/forgot-password').form({ email }).withCsrfToken()
  const mail = await mailbox.waitFor(email)
  return resetPathFrom(mail.text)
}

test.group('Password reset', (group) => {
  isolate(group)

  test('the link arrives by e-mail, sets a new password once, and signs out other devices', async ({
    client,
    assert,
  }) => {
    const { customer } = await organizationWithStaff()
    await User.rememberMeTokens.create(customer, '30 days')

    const request = await client
      .post('/forgot-password')
      .form({ email: customer.email })
      .withCsrfToken()
      .redirects(0)
    request.assertHeader('location', '/login')
    request.assertToast('success', CONFIRMATION)

    const mail = await mailbox.waitFor(customer.email)
    assert.equal(mail.subject, 'Reset your Switchboard password')
    assert.include(mail.html, 'Choose a new password')
    const { path, token } = resetPathFrom(mail.text)

    const page = await client.get(path).withInertia()
    page.assertInertiaComponent('auth/reset_password')
    page.assertInertiaPropsContains({ valid: true, email: customer.email, purpose: 'reset' })

    const reset = await client
      .post('/reset-password')
      .form({ token, password: 'brand new secret 7', passwordConfirmation: 'brand new secret 7' })
      .withCsrfToken()
      .redirects(0)
    reset.assertHeader('location', '/login')

    await customer.refresh()
    assert.isTrue(await customer.verifyPassword('brand new secret 7'))
    assert.isFalse(await customer.verifyPassword(FACTORY_PASSWORD))
    assert.lengthOf(await User.rememberMeTokens.all(customer), 0)

    const reused = await client
      .post('/reset-password')
      .form({ token, password: 'another secret 8', passwordConfirmation: 'another secret 8' })
      .withCsrfToken()
      .redirects(0)
    reused.assertHeader('location', '/forgot-password')
    reused.assertToast('error', 'invalid or has expired')
    await customer.refresh()
    assert.isTrue(await customer.verifyPassword('brand new secret 7'))
  })

  test('an unknown address gets the same answer and no e-mail', async ({ client, assert }) => {
    await organizationWithStaff()
    const response = await client
      .post('/forgot-password')
      .form({ email: 'stranger@example.com' })
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/login')
    response.assertToast('success', CONFIRMATION)
    await new Promise((resolve) => setTimeout(resolve, 300))
    assert.lengthOf(await mailbox.all(), 0)
  })

  test('an expired link is refused', async ({ client, assert }) => {
    const { agent } = await organizationWithStaff()
    const { path, token } = await requestLink(client, agent.email)
    await PasswordResetToken.query()
      .where('user_id', agent.id)
      .update({ expiresAt: DateTime.now().minus({ minutes: 1 }).toSQL() })

    const page = await client.get(path).withInertia()
    page.assertInertiaPropsContains({ valid: false })
    const attempt = await client
      .post('/reset-password')
      .form({ token, password: 'brand new secret 7', passwordConfirmation: 'brand new secret 7' })
      .withCsrfToken()
      .redirects(0)
    attempt.assertHeader('location', '/forgot-password')
    await agent.refresh()
    assert.isTrue(await agent.verifyPassword(FACTORY_PASSWORD))
  })

  test('a weak new password is refused beside the field', async ({ client }) => {
    const { agent } = await organizationWithStaff()
    const { token } = await requestLink(client, agent.email)
    const response = await client
      .post('/reset-password')
      .form({ token, password: 'password123', passwordConfirmation: 'password123' })
      .withCsrfToken()
      .redirects(0)
    response.assertFieldError(
      'password',
      'This password is too common or too simple. Choose another one.'
    )
  })

  test('a new request replaces the previous link', async ({ client, assert }) => {
    const { agent } = await organizationWithStaff()
    const first = await requestLink(client, agent.email)
    await mailbox.clear()
    const second = await requestLink(client, agent.email)
    assert.notEqual(first.token, second.token)
    const stale = await client.get(first.path).withInertia()
    stale.assertInertiaPropsContains({ valid: false })
    const fresh = await client.get(second.path).withInertia()
    fresh.assertInertiaPropsContains({ valid: true })
  })
})
