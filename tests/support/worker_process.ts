import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import getPort, { portNumbers } from 'get-port'

const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url))

function waitForOutput(child: ChildProcess, text: string, output: () => string, ms = 30_000) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "${text}" within ${ms} ms:\n${output()}`)),
      ms
    )
    const check = () => {
      if (output().includes(text)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', check)
    child.stderr?.on('data', check)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`exited with ${code} before "${text}":\n${output()}`))
    })
  })
}

/**
 * Runs `node ace queue:work` in its own process with the suite's
 * environment plus overrides: the real worker, which tests may kill.
 */
export async function startWorkerProcess(overrides: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['ace.js', 'queue:work'], {
    cwd: APP_ROOT,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', ...overrides },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal }))
  )
  await waitForOutput(child, 'worker started', () => output)
  return {
    output: () => output,
    /** Kills without warning: no graceful shutdown, jobs in progress are abandoned. */
    kill() {
      child.kill('SIGKILL')
      return exited
    },
    /**
     * SIGTERM as an orchestrator would, then SIGKILL if it has not exited
     * within 15 s; answers how the process ended.
     */
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
        await exited
        clearTimeout(timer)
      }
      return exited
    },
  }
}

/**
 * A Redis server of the test's own, on a free port, that tests may stop
 * and start again. Restarting on the same port retries for a few seconds:
 * the kernel may still hold the port of the killed server.
 */
export async function startRedisProcess(
  port?: number
): Promise<{ port: number; stop(): Promise<unknown>; pause(): void; resume(): void }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await launchRedis(port)
    } catch (error) {
      if (!port || attempt >= 20) throw error
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

/**
 * Below Linux's ephemeral range (32768+): clients retrying a stopped Redis
 * on a port in that range can end up connected to themselves on it
 * (TCP self-connect), and the restarted server then cannot bind.
 */
async function launchRedis(port?: number) {
  const chosen = port ?? (await getPort({ port: portNumbers(21000, 29999) }))
  const child = spawn(
    'redis-server',
    ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  await waitForOutput(child, 'Ready to accept connections', () => output, 10_000)
  return {
    port: chosen,
    /** Freezes the server (SIGSTOP): connections stay open, commands go unanswered, data is kept. */
    pause() {
      child.kill('SIGSTOP')
    },
    resume() {
      child.kill('SIGCONT')
    },
    async stop() {
      if (
        child.exitCode === null &&
        (child.signalCode === null || child.signalCode === 'SIGSTOP')
      ) {
        child.kill('SIGKILL')
        await new Promise((resolve) => child.once('exit', resolve))
      }
    },
  }
}

export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  ms: number,
  what: string
) {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
