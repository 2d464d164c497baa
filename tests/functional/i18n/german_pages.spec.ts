import { test } from '@japa/runner'
import User from '#models/user'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { EXE_BYTES, fileOnDisk, helpdesk } from '#tests/support/tickets'

const GERMAN_BROWSER = 'de-DE,de;q=0.9,en;q=0.5'

async function speaksGerman(user: User) {
  user.locale = 'de'
  await user.save()
  return user
}

test.group('German: what the server says on pages', (group) => {
  isolate(group)

  test('a refused field, a refused file and a toast read German for a German user', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const customer = await speaksGerman(desk.customer)
    const open = (title: string) =>
      client
        .post('/portal/tickets')
        .loginAs(customer)
        .withCsrfToken()
        .field('groupId', String(desk.it.id))
        .field('title', title)
        .field('description', 'Siehe Anhang.')
        .redirects(0)

    const short = await open('ab')
    short.assertFieldError('title', '„Betreff“ muss mindestens 3 Zeichen lang sein.')

    const refused = await open('Bitte ausführen').file(
      'attachments[]',
      await fileOnDisk('rechnung.pdf', EXE_BYTES)
    )
    refused.assertFieldError('attachments', 'rechnung.pdf wurde abgelehnt: ihr Inhalt ist EXE (')
    assert.include(refused.fieldErrors().attachments[0], 'kein erlaubter Dateityp')

    const created = await open('Drucker klemmt')
    created.assertToast(
      'success',
      'Ticket SB-1001 wurde eröffnet. Wir halten Sie hier auf dem Laufenden.'
    )
  })

  test('a user without a choice reads their organization’s default language', async ({
    client,
  }) => {
    const { organization, agent } = await organizationWithStaff()
    organization.defaultLocale = 'de'
    await organization.save()
    const response = await client
      .put('/profile/password')
      .loginAs(agent)
      .withCsrfToken()
      .form({
        currentPassword: 'not the password 1',
        password: 'short1',
        passwordConfirmation: 'short1',
      })
      .redirects(0)
    response.assertFieldError('password', 'Das Passwort muss mindestens 10 Zeichen lang sein.')

    const wrongCurrent = await client
      .put('/profile/password')
      .loginAs(agent)
      .withCsrfToken()
      .form({
        currentPassword: 'not the password 1',
        password: 'a much better passphrase 7',
        passwordConfirmation: 'a much better passphrase 7',
      })
      .redirects(0)
    wrongCurrent.assertFieldError('currentPassword', 'Das aktuelle Passwort ist nicht korrekt.')
  })

  test('an English user of the same organization still reads English', async ({ client }) => {
    const desk = await helpdesk()
    await speaksGerman(desk.agent)
    const response = await client
      .post('/portal/tickets')
      .loginAs(desk.customer)
      .withCsrfToken()
      .field('groupId', String(desk.it.id))
      .field('title', 'ab')
      .field('description', 'See attached.')
      .redirects(0)
    response.assertFieldError('title', 'The title must be at least 3 characters long.')
  })

  test('choosing German in the profile confirms in German at once', async ({ client }) => {
    const { customer } = await organizationWithStaff()
    const response = await client
      .put('/profile')
      .loginAs(customer)
      .withCsrfToken()
      .form({ name: customer.name, locale: 'de', theme: 'system' })
      .redirects(0)
    response.assertToast('success', 'Ihr Profil wurde gespeichert.')
  })

  test('the 404 page is German for a German user, and the browser remembers the language', async ({
    client,
    assert,
  }) => {
    const { customer } = await organizationWithStaff()
    await speaksGerman(customer)
    const missing = await client.get('/portal/tickets/999999').loginAs(customer)
    missing.assertStatus(404)
    assert.include(missing.text(), '<html lang="de"')
    assert.equal(missing.cookie('locale')?.value, 'de')

    /** Unknown addresses are answered before sessions are read: the cookie carries the language. */
    const unknown = await client.get('/no-such-page').withPlainCookie('locale', 'de')
    unknown.assertStatus(404)
    assert.include(unknown.text(), '<html lang="de"')
    const stranger = await client.get('/no-such-page')
    assert.include(stranger.text(), '<html lang="en"')
  })

  test('a guest reads the language their browser asks for', async ({ client }) => {
    const { customer } = await organizationWithStaff()
    const signIn = (headers: Record<string, string>) =>
      client
        .post('/login')
        .headers(headers)
        .withCsrfToken()
        .form({ email: customer.email, password: `${FACTORY_PASSWORD}-wrong` })
        .redirects(0)

    const german = await signIn({ 'Accept-Language': GERMAN_BROWSER })
    german.assertFieldError('email', 'Diese Anmeldedaten gehören zu keinem aktiven Konto.')
    const english = await signIn({ 'Accept-Language': 'en-GB,en;q=0.8' })
    english.assertFieldError('email', 'These credentials do not match an active account.')
  })

  test('the sign-in throttle says how long to wait, in German', async ({ client }) => {
    const { customer } = await organizationWithStaff()
    const attempt = () =>
      client
        .post('/login')
        .headers({ 'Accept-Language': GERMAN_BROWSER })
        .withCsrfToken()
        .form({ email: customer.email, password: 'wrong password 1' })
        .redirects(0)
    for (let failures = 0; failures < 5; failures++) {
      await attempt()
    }
    const blocked = await attempt()
    blocked.assertFieldError(
      'email',
      'Zu viele Anmeldeversuche. Versuchen Sie es in 15 Minuten erneut.'
    )
  })

  test('what AdonisJS itself says is German too', async ({ client }) => {
    const { admin, agent } = await organizationWithStaff()
    await speaksGerman(admin)
    await speaksGerman(agent)

    const guest = await client
      .get('/portal')
      .headers({ 'Accept-Language': GERMAN_BROWSER })
      .redirects(0)
    guest.assertToast('error', 'Bitte melden Sie sich an, um fortzufahren.')

    /** The CSRF check runs before the session's user is known: the browser's cookie tells. */
    const noToken = await client
      .put('/profile')
      .loginAs(agent)
      .withPlainCookie('locale', 'de')
      .form({ name: 'x' })
      .redirects(0)
    noToken.assertToast(
      'error',
      'Diese Seite ist abgelaufen. Laden Sie sie neu und versuchen Sie es noch einmal.'
    )

    const denied = await client
      .post(`/admin/users/${admin.id}/deactivate`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    denied.assertToast('error', 'Zugriff verweigert')
  })

  test('signing out says goodbye in the user’s language', async ({ client }) => {
    const { agent } = await organizationWithStaff()
    await speaksGerman(agent)
    const response = await client.post('/logout').loginAs(agent).withCsrfToken().redirects(0)
    response.assertToast('success', 'Sie wurden abgemeldet.')
  })
})

test.group('German: the API', (group) => {
  isolate(group)

  async function bearer(user: User) {
    const token = await User.accessTokens.create(user)
    return `Bearer ${token.value!.release()}`
  }

  test('answers in English unless the client asks for German', async ({ client, assert }) => {
    const desk = await helpdesk()
    await speaksGerman(desk.customer)
    const authorization = await bearer(desk.customer)
    const create = (headers: Record<string, string>) =>
      client
        .post('/api/v1/tickets')
        .headers({ authorization, ...headers })
        .json({ group_id: desk.it.id, title: 'ab', description: 'x' })

    const english = await create({})
    english.assertStatus(422)
    assert.equal(english.body().error, 'The request is invalid.')
    assert.deepEqual(english.body().details.title, [
      'The title must be at least 3 characters long.',
    ])

    const german = await create({ 'Accept-Language': GERMAN_BROWSER })
    german.assertStatus(422)
    assert.equal(german.body().error, 'Die Anfrage ist ungültig.')
    assert.deepEqual(german.body().details.title, [
      '„Betreff“ muss mindestens 3 Zeichen lang sein.',
    ])
  })
})
