import { test } from '@japa/runner'
import Ticket from '#models/ticket'
import Installations from '#platform/installations'
import { runCommand, runEvent } from '#platform/sdk/testing'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import TaxonomyService from '#services/taxonomy_service'
import { isolate } from '#tests/support/world'
import { openTicket } from '#tests/support/tickets'
import plugin from '#plugins/ai-triage/plugin'
import type { FieldAccuracy } from '#plugins/ai-triage/report/accuracy_report'
import type { HistoryEvaluation } from '#plugins/ai-triage/evaluation/evaluate_history'
import {
  bearer,
  resolvedHistory,
  snapshotOf,
  triage,
  triageDesk,
  type TriageDesk,
} from '#tests/support/ai_triage'

const URL = '/plugins/ai-triage/admin'

/** Passes the ticket's current state to the plugin as the named event, as the worker would. */
async function tell(desk: TriageDesk, ticketId: number, event: 'updated' | 'status') {
  const ticket = await snapshotOf(desk.context, ticketId)
  if (event === 'updated') {
    await runEvent(plugin, 'ticket.updated', { ticket, actor: null, changes: [] }, desk.run)
  } else {
    const status = { ticket, actor: null, from: 'open' as const, to: ticket.status }
    await runEvent(plugin, 'ticket.status_changed', status, desk.run)
  }
}

test.group('AI triage: the accuracy report', (group) => {
  isolate(group)

  test('counts, per field, what was applied and kept or changed, dismissed or left, and the precision and coverage of the current threshold on settled tickets', async ({
    client,
    assert,
  }) => {
    const desk = await triageDesk({ categoryMode: 'auto', categoryThreshold: 0.5 })
    const { customer, agent, admin, it, laptop } = desk
    const agentContext = { ...systemContext, actor: agent }
    const software = await TaxonomyService.createCategory(it, 'Software', {
      ...systemContext,
      actor: admin,
    })
    // Before any training, "Laptop" in the text stands in for hardware → laptop at 0.5.
    const kept = await openTicket(customer, it.id, { title: 'Laptop broken', description: 'x' })
    const changed = await openTicket(customer, it.id, {
      title: 'Laptop screen flickers',
      description: 'after the update',
    })
    await triage(desk, kept.id)
    await triage(desk, changed.id)

    // An agent takes the subcategory on one ticket and dismisses it on the other.
    const path = (ticket: Ticket) => `/api/v1/plugins/ai-triage/tickets/${ticket.id}`
    const token = await bearer(agent)
    const apply = await client
      .post(`${path(kept)}/apply`)
      .bearerToken(token)
      .json({ fields: ['subcategory_id'] })
    apply.assertStatus(200)
    assert.equal(apply.body().data.fields.subcategory_id.by, 'agent')
    await client
      .post(`${path(changed)}/dismiss`)
      .bearerToken(token)
      .json({ fields: ['subcategory_id'] })
      .then((response) => response.assertStatus(200))

    // The automatic category was wrong on the second: an agent corrects it. The stale event of
    // the first change arriving late leaves the newer state alone.
    const stale = await snapshotOf(desk.context, changed.id)
    await TicketWorkflow.update(
      await Ticket.findOrFail(changed.id),
      { categoryId: software.id, subcategoryId: null },
      agentContext
    )
    await tell(desk, changed.id, 'updated')
    await runEvent(plugin, 'ticket.updated', { ticket: stale, actor: null, changes: [] }, desk.run)

    // The first is resolved: its values are final.
    await TicketWorkflow.assign(await Ticket.findOrFail(kept.id), agent.id, agentContext)
    await TicketWorkflow.changeStatus(await Ticket.findOrFail(kept.id), 'resolved', agentContext)
    await tell(desk, kept.id, 'status')

    const page = await client.get(URL).loginAs(admin).withInertia()
    page.assertStatus(200)
    const rows = page.inertiaProps.data.accuracy as FieldAccuracy[]
    const row = (field: string) => rows.find((candidate) => candidate.field === field)!
    assert.deepInclude(row('category'), {
      mode: 'auto',
      threshold: 0.5,
      suggested: 2,
      autoApplied: 2,
      autoKept: 1,
      agentApplied: 0,
      dismissed: 0,
      settled: 1,
      settledRight: 1,
      covered: 1,
      coveredRight: 1,
    })
    assert.deepInclude(row('subcategory'), {
      mode: 'suggest',
      threshold: 0.9,
      suggested: 2,
      autoApplied: 0,
      agentApplied: 1,
      agentKept: 1,
      dismissed: 1,
      settled: 1,
      settledRight: 1,
      covered: 0,
    })
    // The group was suggested and never acted on; both tickets are in it.
    assert.deepInclude(row('group'), { suggested: 2, pending: 2, pendingMatching: 2 })
    assert.deepInclude(row('priority'), { suggested: 0, settled: 0 })
    assert.equal(laptop.name, 'Laptop')

    // A period without those suggestions counts nothing.
    const january = await client
      .get(`${URL}?from=2025-01-01&to=2025-01-31`)
      .loginAs(admin)
      .withInertia()
    assert.deepEqual(january.inertiaProps.data.period, {
      from: '2025-01-01',
      to: '2025-01-31',
      zone: 'UTC',
    })
    const categoryInJanuary = (january.inertiaProps.data.accuracy as FieldAccuracy[]).find(
      (candidate) => candidate.field === 'category'
    )
    assert.equal(categoryInJanuary!.suggested, 0)
  }).timeout(60_000)

  test('a bad period is refused next to its field; the page is for admins of organizations that enabled the plugin', async ({
    client,
  }) => {
    const desk = await triageDesk()
    const notADate = await client
      .get(`${URL}?from=2025-02-30`)
      .loginAs(desk.admin)
      .header('referer', URL)
      .redirects(0)
    notADate.assertStatus(302)
    notADate.assertFieldError(
      'from',
      'Enter the first day of the period as a date, like 2026-03-01.'
    )

    await client
      .get(URL)
      .loginAs(desk.agent)
      .then((response) => response.assertStatus(403))
    await client
      .get(URL)
      .loginAs(desk.customer)
      .then((response) => response.assertStatus(403))
    const other = await triageDesk()
    await Installations.disable(other.organization.id, 'ai-triage', systemContext)
    await client
      .get(URL)
      .loginAs(other.admin)
      .then((response) => response.assertStatus(404))
  })
})

test.group('AI triage: Evaluate on history', (group) => {
  isolate(group)

  test('cross-validates on closed tickets: accuracy beside the majority share, a confusion table by name and the thresholds table, kept for the admin page', async ({
    client,
    assert,
  }) => {
    const desk = await triageDesk()
    await resolvedHistory(desk, desk.it, 60)

    // Requested from the page, the worker's schedule picks it up.
    await client
      .post('/plugins/ai-triage/evaluate')
      .loginAs(desk.admin)
      .withCsrfToken()
      .redirects(0)
      .then((response) => response.assertStatus(302))
    const requested = await client.get(URL).loginAs(desk.admin).withInertia()
    assert.isTrue(requested.inertiaProps.data.evaluation.requested)

    const printed = await runCommand(plugin, 'evaluate', desk.run)
    assert.match(printed[0], /^120 closed tickets, 5-fold cross-validation$/)
    assert.match(printed.join('\n'), /category: accuracy \d+\.\d % \(most common value 50\.0 %\)/)
    assert.match(printed.join('\n'), /subcategory: not evaluated \(0 tickets/)

    const page = await client.get(URL).loginAs(desk.admin).withInertia()
    const evaluation = page.inertiaProps.data.evaluation
    assert.isNull(evaluation.runningSince)
    const result = evaluation.result as HistoryEvaluation
    const category = result.fields.find((field) => field.field === 'category')!
    assert.notProperty(category, 'skipped')
    if ('skipped' in category) return
    assert.sameMembers(category.labels, ['Printers', 'Network'])
    assert.equal(
      category.confusion.flat().reduce((sum, count) => sum + count, 0),
      120,
      'every ticket is scored once'
    )
    const right = category.confusion[0][0] + category.confusion[1][1]
    assert.closeTo(category.accuracy, right / 120, 1e-9)
    assert.isAbove(category.accuracy, 0.9, 'the two vocabularies do not overlap')
    assert.lengthOf(category.thresholds, 11)
    assert.equal(category.thresholds[0].threshold, 0.5)
    for (const row of category.thresholds) {
      assert.isAtLeast(row.coverage, 0)
      assert.isAtMost(row.coverage, 1)
    }
    const priority = result.fields.find((field) => field.field === 'priority')!
    assert.equal(priority.majority, 80 / 120)
  }).timeout(180_000)
})
