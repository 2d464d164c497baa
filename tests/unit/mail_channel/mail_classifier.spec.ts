import { test } from '@japa/runner'
import { parseMail } from '#services/mail_channel/parsed_mail'
import { classifyMail } from '#services/mail_channel/mail_classifier'
import { mailFixturePaths, readMailFixture } from '#tests/support/mail_fixtures'

const OWN = ['help@switchboard.test']

async function classifyAll() {
  const verdicts = new Map<string, ReturnType<typeof classifyMail>>()
  for (const path of await mailFixturePaths()) {
    verdicts.set(
      path,
      classifyMail(await parseMail(await readMailFixture(path)), { ownAddresses: OWN })
    )
  }
  return verdicts
}

const categoryOf = (path: string) => path.split('/')[0]

test.group('classifyMail over the real fixtures', () => {
  test('every bounce-dsn fixture is a bounce', async ({ assert }) => {
    const bounces = [...(await classifyAll())].filter(([path]) => categoryOf(path) === 'bounce-dsn')
    assert.lengthOf(bounces, 17)
    for (const [path, verdict] of bounces) {
      assert.equal(verdict?.reason, 'bounce', path)
      assert.isNotEmpty(verdict?.detail, path)
    }
  })

  test('every auto-reply fixture is an auto-reply, the disposition notification a read receipt', async ({
    assert,
  }) => {
    const replies = [...(await classifyAll())].filter(([path]) => categoryOf(path) === 'auto-reply')
    assert.lengthOf(replies, 9)
    for (const [path, verdict] of replies) {
      const expected = path.endsWith('disposition-notification.eml') ? 'read_receipt' : 'auto_reply'
      assert.equal(verdict?.reason, expected, path)
    }
  })

  test('no fixture of the other eight categories is classified', async ({ assert }) => {
    const others = [...(await classifyAll())].filter(
      ([path]) => !['bounce-dsn', 'auto-reply'].includes(categoryOf(path))
    )
    assert.lengthOf(others, 54)
    assert.deepEqual(
      others.filter(([, verdict]) => verdict !== null),
      []
    )
  })

  test('the detail names the rule that fired', async ({ assert }) => {
    const verdicts = await classifyAll()
    assert.deepEqual(verdicts.get('bounce-dsn/flanker__bounce_mailbox-full.eml'), {
      reason: 'bounce',
      detail: 'multipart/report delivery-status',
    })
    assert.deepEqual(verdicts.get('bounce-dsn/flanker__complaints_aol.eml'), {
      reason: 'bounce',
      detail: 'multipart/report feedback-report',
    })
    assert.deepEqual(verdicts.get('bounce-dsn/sisimai__bsd_lhost-exim-01.eml'), {
      reason: 'bounce',
      detail: 'X-Failed-Recipients header',
    })
    assert.deepEqual(verdicts.get('bounce-dsn/sisimai__bsd_lhost-qmail-01.eml'), {
      reason: 'bounce',
      detail: 'sender mailer-daemon@mx4.example.jp with Return-Path <>',
    })
    assert.deepEqual(verdicts.get('auto-reply/sisimai__bsd_rfc3834-01.eml'), {
      reason: 'auto_reply',
      detail: 'Auto-Submitted: auto-replied',
    })
    assert.deepEqual(verdicts.get('auto-reply/sisimai__bsd_rfc3834-02.eml'), {
      reason: 'auto_reply',
      detail: 'X-Auto-Response-Suppress: All',
    })
    assert.deepEqual(verdicts.get('auto-reply/flanker__disposition-notification.eml'), {
      reason: 'read_receipt',
      detail: 'multipart/report disposition-notification',
    })
    // From postmaster@ with Return-Path <>, but Auto-Submitted speaks first.
    assert.equal(verdicts.get('auto-reply/sisimai__not_rb-issue-368-bug.eml')?.reason, 'auto_reply')
  })
})

test.group('classifyMail rules', () => {
  const mail = (headers: string, body = 'Hello') =>
    parseMail(Buffer.from(`${headers.trim().replace(/\n/g, '\r\n')}\r\n\r\n${body}\r\n`))

  test('mail from one of our own addresses, in any case, is own_address before anything else', async ({
    assert,
  }) => {
    const own = await mail(
      'From: Help <HELP@switchboard.test>\nAuto-Submitted: auto-replied\nSubject: x'
    )
    assert.deepEqual(classifyMail(own, { ownAddresses: [' Help@Switchboard.test '] }), {
      reason: 'own_address',
      detail: 'sent from our own address help@switchboard.test',
    })
    assert.equal(classifyMail(own, { ownAddresses: [] })?.reason, 'auto_reply')
  })

  test('Auto-Submitted: no is a person', async ({ assert }) => {
    const person = await mail('From: a@example.com\nAuto-Submitted: no\nSubject: Printer')
    assert.isNull(classifyMail(person, { ownAddresses: OWN }))
  })

  test('German out-of-office subjects and Precedence', async ({ assert }) => {
    for (const subject of [
      'Abwesenheitsnotiz: Drucker',
      'Automatische Antwort: Drucker',
      'Out of Office: Printer',
    ]) {
      const reply = await mail(`From: a@example.com\nSubject: ${subject}`)
      assert.equal(classifyMail(reply, { ownAddresses: OWN })?.reason, 'auto_reply', subject)
    }
    const bulk = await mail('From: a@example.com\nPrecedence: bulk\nSubject: News')
    assert.deepEqual(classifyMail(bulk, { ownAddresses: OWN }), {
      reason: 'auto_reply',
      detail: 'Precedence: bulk',
    })
  })

  test('postmaster@ alone is a person; with a null Return-Path it is a bounce', async ({
    assert,
  }) => {
    const person = await mail(
      'From: postmaster@example.com\nReturn-Path: <postmaster@example.com>\nSubject: Hi'
    )
    assert.isNull(classifyMail(person, { ownAddresses: OWN }))
    const bounce = await mail('From: postmaster@example.com\nReturn-Path: <>\nSubject: failure')
    assert.equal(classifyMail(bounce, { ownAddresses: OWN })?.reason, 'bounce')
  })
})
