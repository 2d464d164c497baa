import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { test } from '@japa/runner'

const APP_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const EXAMPLE = 'plugins/sla-escalation/examples/simulate.json'

/**
 * What the command printed, without the application's log lines: the test
 * suite's fixture plugins include one that fails to load on purpose, and
 * the logger reports it on standard output at boot.
 */
const printed = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => !line.startsWith('{"level":'))
    .join('\n')
    .trim()

/** `node ace sla-escalation:simulate` as an admin runs it: a real process, JSON in, JSON out. */
function simulate(args: string[], stdin?: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['ace.js', 'sla-escalation:simulate', ...args], {
      cwd: APP_ROOT,
      env: { ...process.env, NODE_ENV: 'test' },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.once('exit', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin ?? '')
  })
}

test.group('sla-escalation:simulate', () => {
  test('evaluates the example file: Christmas holidays, a split shift, a pause', async ({
    assert,
  }) => {
    const { code, stdout, stderr } = await simulate([`--file=${EXAMPLE}`])
    assert.equal(code, 0, stderr)
    const output = JSON.parse(printed(stdout))
    assert.equal(output.policy, 'Urgent')
    // Created Thursday 24 Dec 16:30 in Berlin: 30 minutes that day, the 25th
    // is a holiday, then the weekend; answered Monday 09:20, 50 min in.
    assert.deepEqual(output.first_response, {
      due_at: '2026-12-28T08:30:00Z',
      met_at: '2026-12-28T08:20:00Z',
      business_minutes: 50,
      diff_minutes: 10,
    })
    // The customer answered at 11:00 after the agent's reply: 120 business
    // minutes around the lunch break (12:00–13:00) make it 14:00 in Berlin.
    assert.equal(output.next_response.due_at, '2026-12-28T13:00:00Z')
    assert.equal(output.escalation_at, '2026-12-28T13:00:00Z')
  }).timeout(60_000)

  test('reads standard input when no file is given', async ({ assert }) => {
    const input = JSON.stringify({
      calendar: {
        timezone: 'UTC',
        hours: { mon: [['00:00', '24:00']], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      },
      policies: [
        {
          name: 'All',
          conditions: {},
          first_response_minutes: 60,
          next_response_minutes: null,
          resolution_minutes: null,
        },
      ],
      ticket: {
        created_at: '2026-03-02T10:00:00Z',
        priority: 'low',
        group: null,
        category: null,
        status: 'open',
      },
      events: [],
    })
    const { code, stdout, stderr } = await simulate([], input)
    assert.equal(code, 0, stderr)
    assert.equal(JSON.parse(printed(stdout)).first_response.due_at, '2026-03-02T11:00:00Z')
  }).timeout(60_000)

  test('bad input exits non-zero with a message naming the field', async ({ assert }) => {
    const broken = await simulate([], '{"calendar": ')
    assert.notEqual(broken.code, 0)
    assert.include(broken.stderr, 'standard input is not valid JSON')

    const badZone = await simulate(
      [],
      JSON.stringify({
        calendar: { timezone: 'Mars/Olympus', hours: {} },
        policies: [],
        ticket: { created_at: '2026-03-02T10:00:00Z', priority: 'low', status: 'open' },
        events: [],
      })
    )
    assert.notEqual(badZone.code, 0)
    assert.include(badZone.stderr, 'calendar.timezone')
    assert.equal(printed(badZone.stdout), '')
  }).timeout(60_000)
})
