import { test } from '@japa/runner'
import { isolate } from '#tests/support/world'
import Installations from '#platform/installations'
import { systemContext } from '#services/request_context'
import Calendars from '#plugins/sla-escalation/data/calendars'
import { addPolicy } from './sla_world.js'
import { adminWorld, calendarBody, send, SLA } from './admin_world.js'

test.group('SLA admin: calendars', (group) => {
  isolate(group)

  test('the list shows each calendar with its zone, hours, holidays and the policies using it', async ({
    client,
    assert,
  }) => {
    const world = await adminWorld()
    await addPolicy(world.run, { name: 'Office tickets', calendarId: world.berlin })
    const page = await client.get(`${SLA}/calendars`).loginAs(world.admin).withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('admin/plugin_page')
    assert.equal(page.inertiaProps.component, 'SlaCalendars')
    assert.equal(page.inertiaProps.title, 'SLA calendars')
    const calendars = page.inertiaProps.data.calendars as {
      name: string
      timezone: string
      isDefault: boolean
      usedBy: string[]
      hours: Record<string, { start: string; end: string }[]>
      holidays: unknown[]
    }[]
    assert.deepEqual(
      calendars.map((calendar) => [
        calendar.name,
        calendar.timezone,
        calendar.isDefault,
        calendar.usedBy,
      ]),
      [
        ['24/7', 'UTC', true, []],
        ['Berlin office', 'Europe/Berlin', false, ['Office tickets']],
      ]
    )
    assert.deepEqual(calendars[1].hours.mon, [{ start: '09:00', end: '17:00' }])
    assert.lengthOf(calendars[1].holidays, 1)
    assert.isFalse(page.inertiaProps.data.recompute.running)
  })

  test('an admin creates, edits and deletes a calendar', async ({ client, assert }) => {
    const world = await adminWorld()
    const calendars = new Calendars(world.run.context.db)

    const created = await send(
      client,
      'post',
      `${SLA}/calendars`,
      world.admin,
      calendarBody(),
      `${SLA}/calendars/new`
    )
    created.assertStatus(302)
    created.assertHeader('location', `${SLA}/calendars`)
    created.assertToast('success', 'Calendar "Lisbon office" created.')
    const all = await calendars.list()
    const lisbon = all.find((calendar) => calendar.name === 'Lisbon office')!
    assert.deepInclude(lisbon, {
      timezone: 'Europe/Lisbon',
      holidays: [{ date: '2026-06-13', yearly: true }],
      isDefault: false,
    })
    assert.deepEqual(lisbon.hours.fri, [['09:00', '17:00']])

    const form = await client
      .get(`${SLA}/calendars/${lisbon.id}/edit`)
      .loginAs(world.admin)
      .withInertia()
    form.assertStatus(200)
    assert.equal(form.inertiaProps.component, 'SlaCalendarForm')
    assert.equal(form.inertiaProps.data.calendar.name, 'Lisbon office')

    const split = [
      { start: '13:00', end: '18:00' },
      { start: '08:30', end: '12:00' },
    ]
    const edited = await send(
      client,
      'put',
      `${SLA}/calendars/${lisbon.id}`,
      world.admin,
      calendarBody({
        name: 'Lisbon',
        hours: { ...calendarBody().hours, mon: split, sat: [{ start: '10:00', end: '24:00' }] },
        holidays: [],
      })
    )
    edited.assertStatus(302)
    edited.assertToast('success', 'Calendar "Lisbon" saved.')
    const saved = (await calendars.find(lisbon.id))!
    assert.equal(saved.name, 'Lisbon')
    assert.deepEqual(saved.hours.mon, [
      ['08:30', '12:00'],
      ['13:00', '18:00'],
    ])
    assert.deepEqual(saved.hours.sat, [['10:00', '24:00']])
    assert.deepEqual(saved.holidays, [])

    const deleted = await send(client, 'delete', `${SLA}/calendars/${lisbon.id}`, world.admin)
    deleted.assertStatus(302)
    deleted.assertToast('success', 'Calendar "Lisbon" deleted.')
    assert.isNull(await calendars.find(lisbon.id))
  })

  test('validation errors come back on the fields the form shows them beside', async ({
    client,
    assert,
  }) => {
    const world = await adminWorld()
    const overlapping = [
      { start: '13:00', end: '17:00' },
      { start: '09:00', end: '14:00' },
    ]
    const refused = await send(
      client,
      'post',
      `${SLA}/calendars`,
      world.admin,
      calendarBody({
        name: 'Berlin office',
        timezone: 'Atlantis/Capital',
        hours: { ...calendarBody().hours, mon: overlapping, tue: [{ start: '9', end: '17:00' }] },
        holidays: [{ date: '2026-02-30', yearly: false }],
      }),
      `${SLA}/calendars/new`
    )
    refused.assertStatus(302)
    refused.assertHeader('location', `${SLA}/calendars/new`)
    const errors = refused.fieldErrors()
    assert.deepEqual(
      Object.keys(errors).sort(),
      ['holidays.0.date', 'hours.mon.0', 'hours.tue.0.start', 'name', 'timezone'],
      'every problem at once, each on its field'
    )
    assert.equal(errors.name[0], 'Another calendar already has this name.')
    assert.match(errors.timezone[0], /Choose a time zone from the list/)
    // 09:00–14:00 was typed second but sorts first: the row that overlaps is the first typed.
    assert.equal(errors['hours.mon.0'][0], 'This interval overlaps another one of the same day.')
    assert.equal(errors['hours.tue.0.start'][0], 'Enter the start as HH:MM, e.g. 08:00.')
    assert.equal(errors['holidays.0.date'][0], 'There is no such date.')
    assert.lengthOf(await new Calendars(world.run.context.db).list(), 2, 'nothing was stored')
  })

  test('after an edit of a calendar a policy uses, the clocks are recomputed', async ({
    client,
    assert,
  }) => {
    const world = await adminWorld()
    await addPolicy(world.run, { name: 'Office tickets', calendarId: world.berlin })
    await world.run.context.store.delete('recompute:requested')
    const response = await send(
      client,
      'put',
      `${SLA}/calendars/${world.berlin}`,
      world.admin,
      calendarBody({ name: 'Berlin office', timezone: 'Europe/Berlin' })
    )
    response.assertStatus(302)
    assert.isNotNull(await world.run.context.store.get('recompute:requested'))
  })

  test('the default calendar can be edited, never deleted; a calendar in use cannot be deleted', async ({
    client,
    assert,
  }) => {
    const world = await adminWorld()
    const calendars = new Calendars(world.run.context.db)
    const standard = await calendars.ensureDefault()

    const edited = await send(
      client,
      'put',
      `${SLA}/calendars/${standard.id}`,
      world.admin,
      calendarBody({ name: 'Round the clock', timezone: 'UTC' })
    )
    edited.assertStatus(302)
    assert.equal((await calendars.find(standard.id))!.name, 'Round the clock')
    assert.isTrue((await calendars.find(standard.id))!.isDefault)

    const undeletable = await send(
      client,
      'delete',
      `${SLA}/calendars/${standard.id}`,
      world.admin,
      {},
      `${SLA}/calendars`
    )
    undeletable.assertStatus(302)
    undeletable.assertFieldError('delete', 'is the default calendar: it cannot be deleted')
    assert.isNotNull(await calendars.find(standard.id))

    await addPolicy(world.run, { name: 'Office tickets', calendarId: world.berlin })
    await addPolicy(world.run, { name: 'After hours', calendarId: world.berlin })
    const inUse = await send(
      client,
      'delete',
      `${SLA}/calendars/${world.berlin}`,
      world.admin,
      {},
      `${SLA}/calendars`
    )
    inUse.assertStatus(302)
    inUse.assertHeader('location', `${SLA}/calendars`)
    inUse.assertFieldError(
      'delete',
      '"Berlin office" is used by the policies "Office tickets" and "After hours": choose another calendar for them first.'
    )
    assert.isNotNull(await calendars.find(world.berlin))
  })

  test("another organization's admin gets 404 for this organization's calendar", async ({
    client,
    assert,
  }) => {
    const world = await adminWorld()
    const stranger = world.other.admin
    const edit = await client.get(`${SLA}/calendars/${world.berlin}/edit`).loginAs(stranger)
    edit.assertStatus(404)
    const update = await send(
      client,
      'put',
      `${SLA}/calendars/${world.berlin}`,
      stranger,
      calendarBody()
    )
    update.assertStatus(404)
    const remove = await send(client, 'delete', `${SLA}/calendars/${world.berlin}`, stranger)
    remove.assertStatus(404)
    const mine = await new Calendars(world.run.context.db).find(world.berlin)
    assert.equal(mine?.name, 'Berlin office', 'untouched')
    const nonsense = await client.get(`${SLA}/calendars/abc/edit`).loginAs(world.admin)
    nonsense.assertStatus(404)
  })

  test('agents get 403; once the plugin is switched off the pages answer 404', async ({
    client,
  }) => {
    const world = await adminWorld()
    for (const url of [
      `${SLA}/calendars`,
      `${SLA}/calendars/new`,
      `${SLA}/calendars/${world.berlin}/edit`,
    ]) {
      const response = await client.get(url).loginAs(world.agent).redirects(0)
      response.assertStatus(403)
    }
    const post = await send(client, 'post', `${SLA}/calendars`, world.agent, calendarBody())
    post.assertStatus(403)
    const customer = await client.get(`${SLA}/calendars`).loginAs(world.customer).redirects(0)
    customer.assertStatus(403)

    await Installations.disable(world.organization.id, 'sla-escalation', systemContext)
    const off = await client.get(`${SLA}/calendars`).loginAs(world.admin)
    off.assertStatus(404)
    const offPost = await send(client, 'post', `${SLA}/calendars`, world.admin, calendarBody())
    offPost.assertStatus(404)
  })
})
