/**
 * The web server and the worker as separate processes, as they run in
 * production, for benchmarks that go through HTTP and the queue: from the
 * sources through the TypeScript loader, or from `npm run build`'s output
 * (which needs build/node_modules, e.g. a link to ../node_modules). Both
 * read the project's .env with this process's environment on top (so
 * DB_DATABASE, REDIS_DB and the like carry over).
 */
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const APP_ROOT = fileURLToPath(new URL('../', import.meta.url))

export type AppProcess = { pid: number; peakRssMb(): Promise<number>; stop(): Promise<void> }

const COMMANDS = {
  web: { sources: ['--import', '@poppinss/ts-exec', 'bin/server.ts'], built: ['bin/server.js'] },
  worker: { sources: ['ace.js', 'queue:work'], built: ['ace.js', 'queue:work'] },
}
const READY = { web: 'started HTTP server', worker: 'worker started' }

export function startAppProcess(
  kind: 'web' | 'worker',
  built: boolean,
  env: Record<string, string>
) {
  const ready = READY[kind]
  // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof": flags Node refuses in NODE_OPTIONS.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []
  const child = spawn(
    process.execPath,
    [...nodeArgs, ...COMMANDS[kind][built ? 'built' : 'sources']],
    {
      cwd: built ? join(APP_ROOT, 'build') : APP_ROOT,
      // info, as in production: the readiness lines are logged at that level.
      env: { ...process.env, ENV_PATH: APP_ROOT, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  )
  let output = ''
  const collect = (chunk: Buffer) => (output += chunk)
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  return new Promise<AppProcess>((resolve, reject) => {
    // A process that never became ready is not left running behind the failed benchmark.
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`no "${ready}" in 60 s:\n${output}`))
    }, 60_000)
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)))
    child.stdout.on('data', () => {
      if (!output.includes(ready)) return
      clearTimeout(timer)
      child.stdout.off('data', collect)
      child.stderr.off('data', collect)
      child.stdout.resume()
      child.stderr.resume()
      resolve({
        pid: child.pid!,
        // VmHWM is the kernel's own high-water mark: no sample can miss the peak.
        async peakRssMb() {
          const status = await readFile(`/proc/${child.pid}/status`, 'utf8')
          return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024
        },
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return
          child.removeAllListeners('exit')
          const exited = new Promise((done) => child.once('exit', done))
          child.kill('SIGTERM')
          const kill = setTimeout(() => child.kill('SIGKILL'), 15_000)
          await exited
          clearTimeout(kill)
        },
      })
    })
  })
}
