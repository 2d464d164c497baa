import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** A folder with no .env in it: pointed at by ENV_PATH, a process reads only its environment. */
export function emptyEnvFolder() {
  return mkdtemp(join(tmpdir(), 'switchboard-env-'))
}

/**
 * Runs an npm script of package.json the way `npm run` does (`sh -c`,
 * with the project's Node first on PATH and `-- args` appended), so the
 * script's own text is what is tested, in the environment of this
 * process plus `env`. A SIGTERM to the returned child is what npm passes
 * on when a process manager stops `npm run …`.
 */
export function runScript(name: string, env: Record<string, string>, args: string[] = []) {
  const pkg = JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf-8'))
  const child = spawn('sh', ['-c', [pkg.scripts[name], ...args].join(' ')], {
    cwd: APP_ROOT,
    env: {
      ...process.env,
      ...env,
      PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return { child, output: () => output, exited }
}

/** Every process below `pid` (Linux /proc). */
export function descendantsOf(pid: number): number[] {
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((candidate) => {
      try {
        const stat = readFileSync(`/proc/${candidate}/stat`, 'utf-8')
        // The command name in (…) may hold spaces; the parent pid follows it.
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid
      } catch {
        return false
      }
    })
  return children.flatMap((child) => [child, ...descendantsOf(child)])
}

export function isAlive(pid: number) {
  return existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf-8').includes(') Z ')
}

/**
 * The TCP addresses the processes listen on, as "127.0.0.1:3333":
 * their socket inodes matched against /proc/net/tcp and tcp6.
 */
export function listeningAddresses(pids: number[]) {
  const inodes = new Set<string>()
  for (const pid of pids) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`)
        const match = /^socket:\[(\d+)\]$/.exec(target)
        if (match) inodes.add(match[1])
      }
    } catch {
      // The process ended meanwhile.
    }
  }
  const listening: string[] = []
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(file)) continue
    for (const line of readFileSync(file, 'utf-8').trim().split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/)
      // State 0A is LISTEN; field 9 is the socket's inode.
      if (fields[3] === '0A' && inodes.has(fields[9])) {
        listening.push(decodeAddress(fields[1]))
      }
    }
  }
  return listening
}

function decodeAddress(hex: string) {
  const [address, port] = hex.split(':')
  const portNumber = Number.parseInt(port, 16)
  if (address.length === 8) {
    const bytes = address.match(/../g)!.map((byte) => Number.parseInt(byte, 16))
    return `${bytes.reverse().join('.')}:${portNumber}`
  }
  if (address === '00000000000000000000000000000000') return `[::]:${portNumber}`
  if (address === '00000000000000000000000001000000') return `[::1]:${portNumber}`
  if (address.startsWith('0000000000000000FFFF0000')) {
    const bytes = address
      .slice(24)
      .match(/../g)!
      .map((byte) => Number.parseInt(byte, 16))
    return `${bytes.reverse().join('.')}:${portNumber}`
  }
  return `[${address}]:${portNumber}`
}

/** What `git status` and `git diff` say about tracked and untracked files. */
export function workingTreeState() {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: APP_ROOT, encoding: 'utf-8' })
  return `${git('status', '--porcelain')}\n${git('diff')}`
}
