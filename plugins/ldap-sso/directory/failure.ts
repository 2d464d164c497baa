import { NotConfigured } from './config.js'
import { ServiceBindRefused } from './directory.js'

/** A directory error as one sentence an admin can act on. */
export function explainDirectoryError(error: Error) {
  if (error instanceof NotConfigured || error instanceof ServiceBindRefused) return error.message
  const name = error.constructor?.name ?? 'Error'
  const code = (error as { code?: string }).code ?? ''
  const message = error.message || name
  if (name === 'SizeLimitExceededError') {
    return 'The directory stopped the search at its size limit. Allow paged results for the service account.'
  }
  if (/certificate|self[- ]signed|CERT|UNABLE_TO_VERIFY/i.test(`${code} ${message}`)) {
    return `The directory's certificate is not trusted (${message}). Paste the CA certificate that signed it.`
  }
  if (
    /ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|ECONNRESET|timeout|closed/i.test(
      `${code} ${message}`
    )
  ) {
    return `The directory could not be reached (${message}).`
  }
  return `The directory answered with an error: ${message}`
}
