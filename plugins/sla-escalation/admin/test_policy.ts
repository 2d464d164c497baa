import vine from '@vinejs/vine'
import { DateTime } from 'luxon'
import { simulate, SimulationError } from '../clock/simulation.js'
import Calendars from '../data/calendars.js'
import Policies from '../data/policies.js'
import type { Context, Hooks } from '../types.js'
import type { TestPolicyPage } from '../ui/types.js'
import { prettyJson, simulationPrefill } from './simulation_prefill.js'

/**
 * "Test an SLA policy": one ticket timeline through `simulate()`, the very
 * function behind `node ace sla-escalation:simulate`. The admin's input is
 * kept per admin in the plugin's store, so it survives the redirect after
 * a run (and a reload) without travelling in the address.
 */

export const MAX_INPUT = 100_000

const inputKey = (userId: number) => `test-input:${userId}`

const runSchema = vine.object({ input: vine.string().maxLength(MAX_INPUT) })

/** The simulator's answer for `text`, or the error naming the field to fix. */
export function runSimulation(text: string): Pick<TestPolicyPage, 'output' | 'error'> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return {
      output: null,
      error: { field: 'input', message: `This is not valid JSON: ${(error as Error).message}` },
    }
  }
  try {
    return { output: simulate(parsed), error: null }
  } catch (error) {
    if (!(error instanceof SimulationError)) throw error
    return { output: null, error: { field: error.field, message: error.message } }
  }
}

async function load(userId: number, context: Context): Promise<TestPolicyPage> {
  const stored = await context.store.get<string>(inputKey(userId))
  const [policies, calendars, groups] = await Promise.all([
    new Policies(context.db).list(),
    new Calendars(context.db).list(),
    context.taxonomy.tree(),
  ])
  const prefill = simulationPrefill(policies, calendars, groups, DateTime.now())
  const input = stored ?? prettyJson(prefill.input)
  return {
    input,
    edited: stored !== null,
    calendarNote: stored === null ? prefill.calendarNote : null,
    ...runSimulation(input),
  }
}

export default function registerTestPolicy(hooks: Hooks) {
  hooks.page('admin', {
    name: 'test',
    path: '/test',
    component: 'SlaTestPolicy',
    title: 'Test an SLA policy',
    load: (request, context) => load(request.user.id, context),
  })
  hooks.action({
    name: 'test.run',
    method: 'post',
    path: '/test',
    handle: async (request, context) => {
      const { input } = await request.validate(runSchema)
      await context.store.set(inputKey(request.user.id), input)
      return { redirect: 'test' }
    },
  })
  hooks.action({
    name: 'test.reset',
    method: 'delete',
    path: '/test',
    handle: async (request, context) => {
      await context.store.delete(inputKey(request.user.id))
      return { redirect: 'test', toast: 'The input is your current configuration again.' }
    },
  })
}
