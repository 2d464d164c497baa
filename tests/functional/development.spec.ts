import { test } from '@japa/runner'
import { spawn } from 'node:child_process'
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import getPort from 'get-port'
import db from '@adonisjs/lucid/services/db'
import Organization from '#models/organization'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { eventually, startWorkerProcess } from '#tests/support/worker_process'
import { startServerProcess } from '#tests/support/server_process'
import {
  APP_ROOT,
  descendantsOf,
  emptyEnvFolder,
  isAlive,
  listeningAddresses,
  runScript,
  workingTreeState,
} from '#tests/support/dev_process'

/**
 * The README's Development section, checked with the real commands: the
 * dev server (npm run dev's own script), generate:key and the worker in
 * development without a mail server.
 */

function runAce(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['ace.js', ...args], {
      cwd: APP_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) => resolve({ code, output }))
  })
}

test.group('Development: npm run dev', () => {
  test('listens on HOST only, leaves tracked files alone, and stops on SIGTERM', async ({
    assert,
  }) => {
    const before = workingTreeState()
    const port = await getPort()
    const dev = runScript('dev', {
      NODE_ENV: 'development',
      ENV_PATH: await emptyEnvFolder(),
      HOST: '127.0.0.1',
      PORT: String(port),
      APP_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'info',
    })
    const tree = [dev.child.pid!]
    try {
      await eventually(
        async () => dev.output().includes('started HTTP server'),
        60_000,
        `dev server start:\n${dev.output()}`
      )
      const page = await fetch(`http://127.0.0.1:${port}/login`)
      assert.equal(page.status, 200)
      const script = await fetch(`http://127.0.0.1:${port}/resources/js/app.ts`)
      assert.equal(script.status, 200, 'Vite serves the app through the dev server')

      tree.push(...descendantsOf(dev.child.pid!))
      const addresses = listeningAddresses(tree)
      assert.include(addresses, `127.0.0.1:${port}`)
      assert.isAbove(addresses.length, 1, 'the HMR WebSocket listens too')
      assert.deepEqual(
        addresses.filter((address) => !address.startsWith('127.0.0.1:')),
        [],
        'every socket of the dev server (web and Vite HMR) on HOST only'
      )

      dev.child.kill('SIGTERM')
      await dev.exited
      await eventually(
        async () => tree.every((pid) => !isAlive(pid)),
        20_000,
        'every process of npm run dev gone after SIGTERM'
      )
      await assert.rejects(() => fetch(`http://127.0.0.1:${port}/login`))
      assert.equal(workingTreeState(), before, 'git status and diff as before the dev server ran')
    } finally {
      // What a failed stop leaves behind would hold this run open: end it.
      for (const pid of tree) if (isAlive(pid)) process.kill(pid, 'SIGKILL')
    }
  }).timeout(120_000)
})

test.group('Development: npm run ace -- queue:work', () => {
  test('the worker started through npm stops on SIGTERM, with nothing left behind', async ({
    assert,
  }) => {
    const worker = runScript('ace', { NODE_ENV: 'test', LOG_LEVEL: 'info' }, ['queue:work'])
    const tree = [worker.child.pid!]
    try {
      await eventually(
        async () => worker.output().includes('worker started'),
        60_000,
        `worker start:\n${worker.output()}`
      )
      tree.push(...descendantsOf(worker.child.pid!))
      worker.child.kill('SIGTERM')
      await worker.exited
      await eventually(
        async () => tree.every((pid) => !isAlive(pid)),
        20_000,
        `every process of the worker gone after SIGTERM:\n${worker.output()}`
      )
      assert.include(worker.output(), 'stopping: finishing the jobs in progress')
    } finally {
      for (const pid of tree) if (isAlive(pid)) process.kill(pid, 'SIGKILL')
    }
  }).timeout(90_000)
})

test.group('Development: generate:key', () => {
  test('writes the key to .env, created from .env.example, and leaves .env.example untouched', async ({
    assert,
  }) => {
    const folder = await emptyEnvFolder()
    await copyFile(join(APP_ROOT, '.env.example'), join(folder, '.env.example'))
    const example = await readFile(join(folder, '.env.example'), 'utf-8')
    const env = { ENV_PATH: folder, NODE_ENV: 'development' }

    const first = await runAce(['generate:key'], env)
    assert.equal(first.code, 0, first.output)
    assert.equal(await readFile(join(folder, '.env.example'), 'utf-8'), example)
    const written = await readFile(join(folder, '.env'), 'utf-8')
    const key = /^APP_KEY=(.+)$/m.exec(written)?.[1]
    assert.isAtLeast(key?.length ?? 0, 32)
    assert.include(written, 'DB_DATABASE=', 'the rest of .env.example is kept')
    assert.isTrue(written.endsWith('\n'))
  }).timeout(60_000)

  test('refuses to replace a key in use unless forced', async ({ assert }) => {
    const folder = await emptyEnvFolder()
    await writeFile(join(folder, '.env'), 'PORT=3333\nAPP_KEY=the-key-everyone-uses\n')
    const env = { ENV_PATH: folder, NODE_ENV: 'development' }

    const refused = await runAce(['generate:key'], env)
    assert.equal(refused.code, 1)
    assert.include(refused.output, 'already has an APP_KEY')
    assert.equal(
      await readFile(join(folder, '.env'), 'utf-8'),
      'PORT=3333\nAPP_KEY=the-key-everyone-uses\n'
    )

    const forced = await runAce(['generate:key', '--force'], env)
    assert.equal(forced.code, 0, forced.output)
    const written = await readFile(join(folder, '.env'), 'utf-8')
    assert.match(written, /^PORT=3333\nAPP_KEY=\S{32,}\n$/)
    assert.notInclude(written, 'the-key-everyone-uses')
  }).timeout(60_000)
})

test.group('Development: mail without SMTP_HOST', (group) => {
  const organizations: number[] = []
  const stops: (() => Promise<unknown>)[] = []
  group.each.teardown(async () => {
    for (const stop of stops.splice(0)) {
      await stop()
    }
    await Organization.query().whereIn('id', organizations.splice(0)).delete()
  })

  test('the worker writes e-mails to its log instead of failing against a missing server', async ({
    assert,
  }) => {
    // The worker is another process: it sees committed data only.
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    const worker = await startWorkerProcess({
      NODE_ENV: 'development',
      ENV_PATH: await emptyEnvFolder(),
      SMTP_HOST: '',
    })
    stops.push(() => worker.stop())

    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Mail goes to the log' })
    const sent = await eventually(
      async () => {
        const rows = await db.from('notification_logs').where('ticket_id', ticket.id)
        return rows.length >= 2 && rows
      },
      30_000,
      'receipt and group notice logged as sent'
    )
    assert.deepEqual([...new Set(sent.map((row) => row.status))], ['sent'])
    await eventually(
      async () => worker.output().includes(`[${ticket.reference}] Mail goes to the log`),
      10_000,
      'the e-mail written to the log'
    )
    const output = worker.output()
    assert.include(output, 'e-mail not sent (no SMTP_HOST), logged instead')
    assert.include(output, `/portal/tickets/${ticket.id}`, 'links stay usable from the log')
    assert.notMatch(output, /ECONNREFUSED|notification not sent|\n\s+at /)
  }).timeout(90_000)

  test('production still requires SMTP_HOST: boot stops and names it', async ({ assert }) => {
    const server = await startServerProcess({ NODE_ENV: 'production', SMTP_HOST: undefined })
    await server.stop()
    assert.isNotNull(server.exitCode)
    assert.notEqual(server.exitCode, 0)
    assert.include(server.output(), 'SMTP_HOST')
  }).timeout(60_000)
})
