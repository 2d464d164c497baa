import User from '#models/user'
import Organization from '#models/organization'
import type { Recipient } from '#platform/catalogue'
import { type Locale, resolveLocale } from '#services/locales'

/**
 * The language each recipient reads their mail in: their own choice, else
 * their organization's default, like the pages they see. Addresses a
 * plugin added without an account get the organization's default. Never
 * the actor's language: the reader is someone else.
 */
export default class RecipientLocale {
  #known: Map<number, User>

  private constructor(
    private organizationDefault: string,
    known: User[]
  ) {
    this.#known = new Map(known.map((user) => [user.id, user]))
  }

  static async forOrganization(organizationId: number, known: User[]) {
    const organization = await Organization.findOrFail(organizationId)
    return new RecipientLocale(organization.defaultLocale, known)
  }

  async of(recipient: Recipient): Promise<Locale> {
    const user = recipient.userId
      ? (this.#known.get(recipient.userId) ?? (await User.find(recipient.userId)))
      : null
    return resolveLocale(user?.locale, this.organizationDefault)
  }
}
