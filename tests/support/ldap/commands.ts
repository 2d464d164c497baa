import { execFile } from 'node:child_process'
import net from 'node:net'

/**
 * Where Debian's slapd package puts slapd, slapadd and slapmodify. They are
 * not on a normal user's PATH (/usr/sbin), hence absolute paths;
 * SLAPD_SBIN points elsewhere (another distribution, a self-built OpenLDAP).
 */
export const SBIN = process.env.SLAPD_SBIN ?? '/usr/sbin'

/** Debian's module directory (back_mdb, memberof, refint); SLAPD_MODULE_PATH overrides. */
export const MODULE_PATH = process.env.SLAPD_MODULE_PATH ?? '/usr/lib/ldap'

/** Debian's schema LDIFs, included from the generated cn=config. */
export const SCHEMA_DIR = process.env.SLAPD_SCHEMA_DIR ?? '/etc/ldap/schema'

/**
 * Runs a command to completion and resolves with its stdout. A failure
 * rejects with the command line and its whole stderr: slapadd and openssl
 * say precisely what is wrong (which line of which LDIF), and that message
 * is what a developer needs to see in the failed test.
 */
export function run(file: string, args: string[], options: { cwd?: string; input?: string } = {}) {
  return new Promise<string>((resolve, reject) => {
    const child = execFile(
      file,
      args,
      { cwd: options.cwd, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code as unknown
          const why =
            code === 'ENOENT'
              ? `${file} is not installed (Debian: apt-get install slapd ldap-utils openssl)`
              : `${file} ${args.join(' ')} failed (${typeof code === 'number' ? `exit code ${code}` : error.message})`
          reject(new Error(`${why}\n${stderr.trim()}`))
        } else {
          resolve(stdout)
        }
      }
    )
    if (options.input !== undefined) {
      child.stdin?.end(options.input)
    }
  })
}

/**
 * A TCP port that was free a moment ago on 127.0.0.1: the kernel picks it
 * for a listener on port 0, which is closed again for slapd to take. Another
 * process could grab it in between; startSlapd retries with new ports when
 * slapd cannot bind.
 */
export function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (address && typeof address === 'object') {
          resolve(address.port)
        } else {
          reject(new Error('could not read the port of a listener on 127.0.0.1:0'))
        }
      })
    })
  })
}
