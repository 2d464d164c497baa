import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { run } from './commands.js'

export interface TestCertificates {
  caFile: string
  certificateFile: string
  keyFile: string
  /** The CA certificate, for a client's `tlsOptions: { ca: [pem] }`. */
  caPem: string
}

/**
 * The extensions of the server certificate. Node checks the name it
 * connected to against subjectAltName only (the CN is ignored), so both the
 * IP the harness's URLs use and `localhost` are listed.
 */
const SERVER_EXTENSIONS = [
  'subjectAltName = IP:127.0.0.1, DNS:localhost',
  'basicConstraints = critical, CA:FALSE',
  'keyUsage = critical, digitalSignature, keyEncipherment',
  'extendedKeyUsage = serverAuth',
].join('\n')

/**
 * Creates a throwaway CA and a server certificate it signs, in `dir`, with
 * the openssl command line. P-256 keys: generating one takes a millisecond
 * where RSA-2048 takes tens, and slapd (GnuTLS on Debian) and Node both
 * accept them. Valid for two days: these never outlive a test run.
 */
export async function createTestCertificates(dir: string): Promise<TestCertificates> {
  const caKey = join(dir, 'ca.key')
  const caFile = join(dir, 'ca.pem')
  const keyFile = join(dir, 'server.key')
  const requestFile = join(dir, 'server.csr')
  const certificateFile = join(dir, 'server.pem')
  const extensionsFile = join(dir, 'server.ext')
  const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']

  await run('openssl', [
    'req',
    '-x509',
    ...newKey,
    '-keyout',
    caKey,
    '-out',
    caFile,
    '-days',
    '2',
    '-subj',
    '/O=Switchboard tests/CN=Switchboard throwaway test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ])
  await run('openssl', [
    'req',
    ...newKey,
    '-keyout',
    keyFile,
    '-out',
    requestFile,
    '-subj',
    '/O=Switchboard tests/CN=127.0.0.1',
  ])
  await writeFile(extensionsFile, `${SERVER_EXTENSIONS}\n`)
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    requestFile,
    '-CA',
    caFile,
    '-CAkey',
    caKey,
    // A random serial instead of -CAcreateserial, which would write a .srl file.
    '-set_serial',
    `0x${randomBytes(16).toString('hex')}`,
    '-days',
    '2',
    '-extfile',
    extensionsFile,
    '-out',
    certificateFile,
  ])
  return { caFile, certificateFile, keyFile, caPem: await readFile(caFile, 'utf8') }
}
