import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import { isolate, organizationWithStaff } from '#tests/support/world'

test.group('Admin: organization settings', (group) => {
  isolate(group)

  test('name, ticket prefix, time zone and default language are saved and audited', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await organizationWithStaff()
    const response = await client
      .put('/admin/settings')
      .loginAs(admin)
      .form({
        name: 'Acme Helpdesk',
        ticketPrefix: 'acme',
        timezone: 'Europe/Berlin',
        defaultLocale: 'de',
        autoCloseDays: '3',
      })
      .withCsrfToken()
      .redirects(0)
    response.assertToast('success', 'Organization settings saved.')
    await organization.refresh()
    assert.equal(organization.name, 'Acme Helpdesk')
    assert.equal(organization.ticketPrefix, 'ACME')
    assert.equal(organization.timezone, 'Europe/Berlin')
    assert.equal(organization.defaultLocale, 'de')
    assert.equal(organization.autoCloseDays, 3)
    const entry = await AuditLog.findByOrFail('action', 'organization.settings_updated')
    assert.deepInclude(entry.newValues, { ticketPrefix: 'ACME', timezone: 'Europe/Berlin' })
  })

  test('the default language applies to users without their own', async ({ client }) => {
    const { admin, customer, organization } = await organizationWithStaff()
    organization.defaultLocale = 'de'
    await organization.save()
    const page = await client.get('/portal').loginAs(customer).withInertia()
    page.assertInertiaPropsContains({ user: { locale: 'de' } })
    admin.locale = 'en'
    await admin.save()
    const adminPage = await client.get('/admin').loginAs(admin).withInertia()
    adminPage.assertInertiaPropsContains({ user: { locale: 'en' } })
  })

  test('an invalid prefix, time zone or language is refused beside the field', async ({
    client,
  }) => {
    const { admin } = await organizationWithStaff()
    const response = await client
      .put('/admin/settings')
      .loginAs(admin)
      .form({
        name: 'X',
        ticketPrefix: '1-bad prefix',
        timezone: 'Mars/Olympus',
        defaultLocale: 'tlh',
      })
      .withCsrfToken()
      .redirects(0)
    response.assertFieldError('name')
    response.assertFieldError('ticketPrefix')
    response.assertFieldError('timezone')
    response.assertFieldError('defaultLocale')
  })
})
