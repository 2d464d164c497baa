import { spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import getPort from 'get-port'

const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The environment of the test suite with a few variables replaced or removed. */
function environment(overrides: Record<string, string | undefined>) {
  const base: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'test' }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) {
      delete base[key]
    } else {
      base[key] = value
    }
  }
  return base as NodeJS.ProcessEnv
}

/**
 * Boots bin/server.ts in its own process, for tests about start-up and
 * about a server whose dependencies are unreachable. Like a container, it
 * reads no .env file (ENV_PATH points at an empty folder): its whole
 * configuration is this test process's environment plus the overrides.
 * Resolves when it listens or exits.
 */
export async function startServerProcess(overrides: Record<string, string | undefined> = {}) {
  const port = await getPort()
  const emptyEnvFolder = await mkdtemp(join(tmpdir(), 'switchboard-env-'))
  const child = spawn(process.execPath, ['--import', '@poppinss/ts-exec', 'bin/server.ts'], {
    cwd: APP_ROOT,
    env: environment({
      ENV_PATH: emptyEnvFolder,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...overrides,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))

  const outcome = await new Promise<{ exitCode: number | null }>((resolve) => {
    const timer = setTimeout(() => resolve({ exitCode: null }), 30_000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve({ exitCode: code ?? 1 })
    })
    child.stdout.on('data', () => {
      if (output.includes('started HTTP server')) {
        clearTimeout(timer)
        resolve({ exitCode: null })
      }
    })
  })

  return {
    url: `http://127.0.0.1:${port}`,
    exitCode: outcome.exitCode,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
        await exited
        clearTimeout(timer)
      }
    },
  }
}
