import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Organization from '#models/organization'
import Installations from '#platform/installations'
import { resolvedHistory, triageDesk } from '#tests/support/ai_triage'
import { runAce } from '#tests/support/ace_process'

/**
 * `node ace ai-triage:train` and `:evaluate` in their own process, as an
 * operator (or the worker) runs them: the training thread must load the
 * engine there too. That process cannot see a test transaction: the data is
 * committed and the organization deleted afterwards.
 */
test.group('AI triage: the commands from the command line', (group) => {
  const organizations: number[] = []
  group.each.teardown(async () => {
    await Organization.query().whereIn('id', organizations.splice(0)).delete()
    Installations.forget()
  })

  test('train stores the models and prints their evaluation; evaluate prints the cross-validation', async ({
    assert,
  }) => {
    const desk = await triageDesk()
    organizations.push(desk.organization.id)
    await resolvedHistory(desk, desk.it, 50)
    const organization = ['--organization', desk.organization.slug]

    const trained = await runAce(['ai-triage:train', ...organization])
    assert.equal(trained.code, 0, trained.stderr + trained.stdout)
    assert.match(trained.stdout, /category: version 1 on 100 tickets, 2 classes/)
    const models = await db
      .from('ai_triage_models')
      .where('organization_id', desk.organization.id)
      .orderBy('field')
      .select('field', 'version')
    assert.deepEqual(
      models.map((model) => model.field),
      ['category', 'priority'],
      'one group only: nothing to learn there'
    )

    const evaluated = await runAce(['ai-triage:evaluate', ...organization])
    assert.equal(evaluated.code, 0, evaluated.stderr + evaluated.stdout)
    assert.match(evaluated.stdout, /category: accuracy \d+\.\d % \(most common value 50\.0 %\)/)
  }).timeout(120_000)
})
