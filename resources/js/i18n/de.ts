import account from './de/account.js'
import tickets from './de/tickets.js'
import admin from './de/admin.js'
import audit from './de/audit.js'
import imports from './de/imports.js'
import reports from './de/reports.js'
import channels from './de/channels.js'

/**
 * German interface strings, keyed by the English source text, one file per
 * area under de/. A string missing here simply shows in English.
 */
export const de: Record<string, string> = {
  ...account,
  ...tickets,
  ...admin,
  ...audit,
  ...imports,
  ...reports,
  ...channels,
}
