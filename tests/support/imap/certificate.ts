import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

export interface SelfSignedCertificate {
  certificateFile: string
  keyFile: string
  /** The certificate (PEM): a client that passes it as `ca` trusts the server. */
  pem: string
}

/**
 * A self-signed server certificate for 127.0.0.1 and localhost, made with
 * the openssl command line at start: self-signed on purpose, since that is
 * what "certificate verification on" must refuse. P-256, because an EC key
 * takes a millisecond where RSA-2048 takes a fifth of a second. Valid two
 * days: it never outlives a test run.
 */
export async function selfSignedCertificate(dir: string): Promise<SelfSignedCertificate> {
  const certificateFile = join(dir, 'server.pem')
  const keyFile = join(dir, 'server.key')
  try {
    await promisify(execFile)('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/O=Switchboard tests/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      keyFile,
      '-out',
      certificateFile,
    ])
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string }
    throw new Error(
      failure.code === 'ENOENT'
        ? 'openssl is not installed (Debian: apt-get install openssl)'
        : `openssl could not make the test certificate: ${failure.stderr ?? failure.message}`
    )
  }
  return { certificateFile, keyFile, pem: await readFile(certificateFile, 'utf8') }
}
