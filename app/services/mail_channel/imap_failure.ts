import type { ImapSettings } from './imap_connection.js'

/** Where a connection attempt stopped: what the admin has to fix differs for each. */
export type ImapFailureStage = 'connect' | 'tls' | 'login' | 'folder'

/** The fields imapflow (and Node's net/tls layer under it) put on the errors they raise. */
interface ImapErrorFields {
  message?: string
  code?: string
  tlsFailed?: boolean
  authenticationFailed?: boolean
  mailboxMissing?: boolean
  serverResponseCode?: string
  responseText?: string
  _err?: { code?: string; message?: string }
}

/** Node's certificate verification codes: https://nodejs.org/api/tls.html (X509_V_ERR names). */
const UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
])
const EXPIRED = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID'])
const TIMEOUTS = new Set(['ETIMEDOUT', 'CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'ETIMEOUT'])

interface Attempt {
  settings: ImapSettings
  folder: string
  /** connect() resolved: TCP, TLS and LOGIN all worked, so what failed is the folder. */
  loggedIn: boolean
}

/**
 * The stage and a sentence for the admin. The raw error text is only ever
 * a detail after the sentence, and anything that looks like the password is
 * masked: a server may echo what it was sent.
 */
export function explainImapFailure(error: unknown, attempt: Attempt) {
  const fields = (error ?? {}) as ImapErrorFields
  const { stage, message } = classify(fields, attempt)
  return { stage, message: mask(message, attempt.settings.password) }
}

function classify(
  fields: ImapErrorFields,
  attempt: Attempt
): { stage: ImapFailureStage; message: string } {
  const { host, port, user } = attempt.settings
  const code = fields.code ?? fields._err?.code ?? ''
  const serverText = fields.responseText ?? ''

  if (attempt.loggedIn) {
    const missing =
      fields.mailboxMissing ||
      fields.serverResponseCode === 'NONEXISTENT' ||
      /doesn.t exist|does not exist|no such|unknown mailbox|not found/i.test(serverText)
    return {
      stage: 'folder',
      message: missing
        ? `The folder "${attempt.folder}" does not exist for ${user} on ${host}.`
        : `Could not open the folder "${attempt.folder}": ${serverText || fields.message}`,
    }
  }
  if (fields.authenticationFailed) {
    return {
      stage: 'login',
      message: `${host} refused the user name or password for ${user} (authentication failed).${detail(beyondGeneric(serverText))}`,
    }
  }
  if (UNTRUSTED.has(code)) {
    return {
      stage: 'tls',
      message: `The certificate of ${host} is not trusted (${code === 'DEPTH_ZERO_SELF_SIGNED_CERT' ? 'self-signed' : 'no trusted authority signed it'}). Give the server a certificate from a trusted authority, or turn certificate verification off for this mailbox if you trust this server.`,
    }
  }
  if (EXPIRED.has(code)) {
    return {
      stage: 'tls',
      message: `The certificate of ${host} has expired or is not valid yet (${code}).`,
    }
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return {
      stage: 'tls',
      message: `The certificate of ${host} is for another host name, not ${host}.${detail(fields.message)}`,
    }
  }
  if (fields.tlsFailed || code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS')) {
    return {
      stage: 'tls',
      message: /does not support STARTTLS/i.test(fields.message ?? '')
        ? `${host}:${port} does not offer STARTTLS. Choose implicit TLS (usually port 993) if the server supports it.`
        : `The TLS connection to ${host}:${port} failed.${detail(fields.message)}`,
    }
  }
  return { stage: 'connect', message: connectMessage(code, fields, attempt.settings) }
}

function connectMessage(code: string, fields: ImapErrorFields, settings: ImapSettings) {
  const { host, port } = settings
  if (code === 'ECONNREFUSED') {
    return `${host} refused the connection on port ${port}: no IMAP server listens there (or a firewall refuses it).`
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `The host name ${host} could not be resolved (DNS).`
  }
  if (TIMEOUTS.has(code)) {
    return `No answer from ${host}:${port} in time (${code}). Check the host, the port and any firewall in between.`
  }
  if (code === 'ECONNRESET' || code === 'EConnectionClosed' || code === 'NoConnection') {
    return `${host}:${port} closed the connection before the login.${settings.tls === 'none' ? ' It may expect TLS.' : ''}`
  }
  return `Could not connect to ${host}:${port}.${detail(fields.message)}`
}

/** The server's own words only when they say more than "Authentication failed." (e.g. "account locked"). */
function beyondGeneric(text: string) {
  return /^(\[[A-Z-]+\]\s*)?authentication failed\.?$/i.test(text.trim()) ? '' : text
}

function detail(text: string | undefined) {
  return text ? ` (${text})` : ''
}

function mask(text: string, password: string) {
  return password.length >= 3 ? text.split(password).join('***') : text
}
