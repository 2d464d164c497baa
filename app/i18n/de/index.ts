import type { Catalogue } from '#i18n/catalogues'
import validation, { fields } from '#i18n/de/validation'
import accounts from '#i18n/de/accounts'
import tickets from '#i18n/de/tickets'
import admin from '#i18n/de/admin'
import mails from '#i18n/de/mails'
import imports from '#i18n/de/imports'
import reports from '#i18n/de/reports'

/**
 * German server texts, keyed by the English text. Terms follow the
 * client's resources/js/i18n/de.ts (Ticket, Gruppe, Kategorie,
 * Bearbeiter, Agent, Administrator; Sie-form throughout).
 */
const de: Catalogue = {
  messages: { ...validation, ...accounts, ...tickets, ...admin, ...mails, ...imports, ...reports },
  fields,
}

export default de
