import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import Ticket from '#models/ticket'
import { runCommand, runEvent } from '#platform/sdk/testing'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'
import plugin from '#plugins/ai-triage/plugin'
import { loadSuggestion } from '#plugins/ai-triage/triage/suggestion'
import { bearer, resolvedHistory, snapshotOf, triageDesk } from '#tests/support/ai_triage'

test.group('AI triage: suggestions for new tickets', (group) => {
  isolate(group)

  test('before any training, the taxonomy names found in the text stand in; language, sentiment and summary are always there', async ({
    assert,
  }) => {
    const { context, run, customer, it, hardware, laptop } = await triageDesk()
    const ticket = await openTicket(customer, it.id, {
      title: 'Laptop keeps crashing',
      description: 'My laptop crashed again this morning. This is unacceptable, I lost my work!!',
    })
    await runEvent(
      plugin,
      'ticket.created',
      { ticket: await snapshotOf(context, ticket.id), actor: null, attachments: 0 },
      run
    )
    const suggestion = await loadSuggestion(context.db, ticket.id)
    assert.equal(suggestion!.engine, 'offline')
    assert.equal(suggestion!.state, 'suggested')
    assert.deepInclude(suggestion!.fields.category_id!, { value: hardware.id, state: 'suggested' })
    assert.deepInclude(suggestion!.fields.subcategory_id!, { value: laptop.id })
    assert.equal(suggestion!.fields.language!.value, 'en')
    assert.equal(suggestion!.fields.sentiment!.value, 'negative')
    assert.isTrue(suggestion!.fields.escalate!.value as boolean)
    assert.match(suggestion!.fields.summary!.value as string, /^My laptop crashed again/)

    // A retried delivery leaves the stored suggestion as it is.
    await runEvent(
      plugin,
      'ticket.created',
      { ticket: await snapshotOf(context, ticket.id), actor: null, attachments: 0 },
      run
    )
    const rows = await db.from('ai_triage_suggestions').where('ticket_id', ticket.id)
    assert.lengthOf(rows, 1)
  })

  test('trained on closed tickets, the classifier suggests the right category; "auto" applies it above the threshold, on the timeline as AI triage', async ({
    assert,
  }) => {
    const settings = { categoryMode: 'auto', categoryThreshold: 0.6, groupMode: 'off' }
    const desk = await triageDesk(settings)
    const { context, run, customer, it } = desk
    const { printers } = await resolvedHistory(desk, it, 30)
    const trained = await runCommand(plugin, 'train', run)
    assert.match(trained.join('\n'), /category: version 1 on 60 tickets, 2 classes/)

    const fresh = await openTicket(customer, it.id, {
      title: 'The printer shows a paper jam',
      description: 'Toner light blinks too',
    })
    await runEvent(
      plugin,
      'ticket.created',
      { ticket: await snapshotOf(context, fresh.id), actor: null, attachments: 0 },
      run
    )
    const suggestion = await loadSuggestion(context.db, fresh.id)
    assert.equal(suggestion!.fields.category_id!.value, printers.id)
    assert.isAbove(suggestion!.fields.category_id!.confidence, 0.6)
    assert.equal(suggestion!.fields.category_id!.state, 'applied')
    assert.notProperty(suggestion!.fields, 'group_id')

    await fresh.refresh()
    assert.equal(fresh.categoryId, printers.id)
    const history = await db
      .from('ticket_history')
      .where('ticket_id', fresh.id)
      .where('field', 'category')
    assert.equal(history[0].actor_plugin, 'ai-triage')
    const note = await db
      .from('ticket_comments')
      .where('ticket_id', fresh.id)
      .where('is_internal', true)
      .first()
    assert.match(note.body, /category: \*\*Printers\*\* \(confidence [01]\.\d\d\)/)
  }).timeout(120_000)
})

test.group('AI triage: the API and who may use it', (group) => {
  isolate(group)

  test('agents of the ticket read, apply and dismiss; others get 404, customers 403', async ({
    client,
    assert,
  }) => {
    const { context, run, customer, agent, admin, it, facilities, organization, hardware } =
      await triageDesk()
    const ticket = await openTicket(customer, it.id, {
      title: 'Laptop hardware fault',
      description: 'The hinge broke',
    })
    const path = `/api/v1/plugins/ai-triage/tickets/${ticket.id}`

    const none = await client.get(path).bearerToken(await bearer(agent))
    none.assertStatus(404)

    await runEvent(
      plugin,
      'ticket.created',
      { ticket: await snapshotOf(context, ticket.id), actor: null, attachments: 0 },
      run
    )
    const shown = await client.get(path).bearerToken(await bearer(agent))
    shown.assertStatus(200)
    assert.deepInclude(shown.body().data, { engine: 'offline', state: 'suggested' })
    assert.deepInclude(shown.body().data.fields.category_id, {
      value: hardware.id,
      state: 'suggested',
    })

    // An agent outside the ticket's group, a customer, another organization's admin.
    const outsider = await User.create({
      organizationId: organization.id,
      email: `out-${Date.now()}@example.com`,
      name: 'Out',
      role: 'agent',
      password: null,
    })
    await facilities.related('members').attach([outsider.id])
    const notMine = await client.get(path).bearerToken(await bearer(outsider))
    notMine.assertStatus(404)
    const asCustomer = await client.get(path).bearerToken(await bearer(customer))
    asCustomer.assertStatus(403)
    const other = await helpdesk()
    await enablePlugin(other.organization, 'ai-triage')
    const otherAdmin = await client.get(path).bearerToken(await bearer(other.admin))
    otherAdmin.assertStatus(404)
    const outsiderApply = await client
      .post(`${path}/apply`)
      .bearerToken(await bearer(outsider))
      .json({})
    outsiderApply.assertStatus(404)

    const dismissed = await client
      .post(`${path}/dismiss`)
      .bearerToken(await bearer(agent))
      .json({ fields: ['subcategory_id'] })
    dismissed.assertStatus(200)
    assert.equal(dismissed.body().data.fields.subcategory_id.state, 'dismissed')

    const applied = await client
      .post(`${path}/apply`)
      .bearerToken(await bearer(admin))
      .json({})
    applied.assertStatus(200)
    assert.equal(applied.body().data.fields.category_id.state, 'applied')
    assert.equal(applied.body().data.state, 'applied')
    const changed = await Ticket.findOrFail(ticket.id)
    assert.equal(changed.categoryId, hardware.id)
    assert.isNull(changed.subcategoryId)

    const bad = await client
      .post(`${path}/apply`)
      .bearerToken(await bearer(agent))
      .json({ fields: ['summary'] })
    bad.assertStatus(422)
  })
})
