import { MailboxSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import encryption from '@adonisjs/core/services/encryption'
import { OrganizationOwned } from '#models/organization_owned'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Group from '#models/group'

export const MAILBOX_TLS_MODES = ['implicit', 'starttls', 'none'] as const
export type MailboxTls = (typeof MAILBOX_TLS_MODES)[number]

export const AFTER_FETCH_ACTIONS = ['move', 'delete'] as const
export type AfterFetch = (typeof AFTER_FETCH_ACTIONS)[number]

/**
 * A mailbox of the e-mail channel (issue 17): an IMAP account whose mail
 * becomes tickets and replies in one group of one organization.
 */
export default class Mailbox extends compose(MailboxSchema, OrganizationOwned) {
  @belongsTo(() => Group)
  declare group: BelongsTo<typeof Group>

  /**
   * The purpose binds the ciphertext to its organization: a value copied
   * into another organization's row does not decrypt there.
   */
  private get passwordPurpose() {
    return `mailbox:${this.organizationId}:password`
  }

  get passwordSet() {
    return this.passwordEncrypted !== null
  }

  /** Stores the IMAP password encrypted with APP_KEY (it is sent to the server, so not hashed). */
  setPassword(plain: string) {
    this.passwordEncrypted = encryption.encrypt(plain, { purpose: this.passwordPurpose })
  }

  /** The IMAP password, or null when none is set or it no longer decrypts (APP_KEY changed). */
  password(): string | null {
    if (this.passwordEncrypted === null) return null
    return encryption.decrypt<string>(this.passwordEncrypted, this.passwordPurpose)
  }
}
