import User from '#models/user'
import Organization from '#models/organization'
import type { Recipient } from '#platform/catalogue'
import { type Locale, resolveLocale } from '#services/locales'
import { zoneOf } from '#services/time_zones'

/**
 * The language each recipient reads their mail in: their own choice, else
 * their organization's default, like the pages they see. Addresses a
 * plugin added without an account get the organization's default. Never
 * the actor's language: the reader is someone else. The same goes for the
 * time zone its dates are written in. The people a delivery already
 * loaded are not read again.
 */
export default class RecipientLocale {
  #known: Map<number, User | null>

  private constructor(
    private organization: Pick<Organization, 'defaultLocale' | 'timezone'>,
    known: User[]
  ) {
    this.#known = new Map(known.map((user) => [user.id, user]))
  }

  static async forOrganization(organizationId: number, known: User[]) {
    const organization = await Organization.findOrFail(organizationId)
    return new RecipientLocale(organization, known)
  }

  async of(recipient: Recipient): Promise<Locale> {
    const user = await this.#user(recipient)
    return resolveLocale(user?.locale, this.organization.defaultLocale)
  }

  async zoneOf(recipient: Recipient): Promise<string> {
    return zoneOf(await this.#user(recipient), this.organization)
  }

  async #user(recipient: Recipient) {
    if (!recipient.userId) {
      return null
    }
    if (!this.#known.has(recipient.userId)) {
      this.#known.set(recipient.userId, await User.find(recipient.userId))
    }
    return this.#known.get(recipient.userId) ?? null
  }
}
