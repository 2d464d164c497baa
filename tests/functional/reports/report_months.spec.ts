import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import ReportService from '#services/reports/report_service'
import ReportRollups from '#services/reports/report_rollups'
import { isolate } from '#tests/support/world'
import {
  directAgentMedians,
  directAssignments,
  directSeries,
  directTimes,
  type Narrow,
} from '#tests/support/report_counts'
import { ZONE } from '#tests/support/report_scenes'
import { fourMonths } from '#tests/support/report_months_scene'

const day = (value: string) => new Date(`${value}T00:00:00`)

/**
 * Periods with whole months read those months from the month rollups and
 * only the days around them ticket by ticket; every figure must still be
 * exactly what counting the tickets gives.
 */
test.group('Reports: periods of whole months', (group) => {
  isolate(group)

  test('equal direct counts of the tickets, for any period and narrowing', async ({ assert }) => {
    const desk = await fourMonths()
    const org = desk.organization.id
    const narrowings: Narrow[] = [
      {},
      { groupId: desk.it.id },
      { priority: 'high' },
      { agentId: desk.agent.id },
      { groupId: desk.facilities.id, priority: 'medium' },
    ]
    const periods = [
      { from: '2026-01-15', to: '2026-04-10' }, // days, two whole months, days
      { from: '2026-02-01', to: '2026-03-31' }, // whole months only
      { from: '2026-01-01', to: '2026-04-30' }, // the whole scene
      { from: '2026-03-03', to: '2026-03-20' }, // no whole month
    ]
    let medians = 0
    for (const period of periods) {
      for (const narrow of narrowings) {
        const label = JSON.stringify({ period, narrow })
        const report = await ReportService.build(desk.admin, {
          from: day(period.from),
          to: day(period.to),
          interval: 'day',
          group_id: narrow.groupId,
          agent_id: narrow.agentId,
          priority: narrow.priority as 'high' | undefined,
        })
        assert.deepEqual(
          report.series,
          await directSeries(org, ZONE, period.from, period.to, narrow),
          label
        )
        const times = await directTimes(org, ZONE, period.from, period.to, narrow)
        assert.deepEqual(
          [report.times.firstResponse.medianMinutes, report.times.firstResponse.p90Minutes],
          times.firstResponse,
          label
        )
        assert.deepEqual(
          [report.times.resolution.medianMinutes, report.times.resolution.p90Minutes],
          times.resolution,
          label
        )
        const direct = await directAgentMedians(org, ZONE, period.from, period.to, narrow)
        assert.deepEqual(
          Object.fromEntries(
            report.agents
              .filter((agent) => agent.medianFirstResponseMinutes !== null)
              .map((agent) => [agent.agentId, agent.medianFirstResponseMinutes])
          ),
          direct,
          label
        )
        medians += Object.keys(direct).length
        if (narrow.groupId === undefined && narrow.priority === undefined) {
          const assigned = await directAssignments(org, ZONE, period.from, period.to)
          assert.deepEqual(
            Object.fromEntries(
              report.agents
                .filter((agent) => agent.assigned > 0)
                .filter((agent) => narrow.agentId === undefined || agent.agentId === narrow.agentId)
                .map((agent) => [agent.agentId, agent.assigned])
            ),
            narrow.agentId === undefined
              ? assigned
              : Object.fromEntries(
                  Object.entries(assigned).filter(([id]) => Number(id) === narrow.agentId)
                ),
            label
          )
        }
      }
    }
    // The scene is not empty where it matters: medians were compared.
    assert.isAbove(medians, 20)
    const months = await db.from('ticket_month_times').where('organization_id', org).count('* as n')
    assert.isAbove(Number(months[0].n), 10)
  })

  test('the month rows the worker kept by difference equal a rebuild', async ({ assert }) => {
    const desk = await fourMonths()
    const org = desk.organization.id
    const snapshot = async () => ({
      times: await db
        .from('ticket_month_times')
        .where('organization_id', org)
        .orderBy(['metric', 'month', 'group_id', 'priority', 'bucket']),
      agents: await db
        .from('ticket_month_agents')
        .where('organization_id', org)
        .orderBy(['month', 'agent_id', 'group_id', 'priority']),
      agentTimes: await db
        .from('ticket_month_agent_times')
        .where('organization_id', org)
        .orderBy(['month', 'agent_id', 'bucket']),
    })
    const kept = await snapshot()
    assert.isAbove(kept.times.length, 10)
    await ReportRollups.rebuild(org)
    assert.deepEqual(await snapshot(), kept)
  })
})
