import { BaseMail } from '@adonisjs/mail'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import type User from '#models/user'
import { translatorFor } from '#i18n/negotiation'

/** In the invited person's language: their own if the admin set one, else the organization's. */
export default class InvitationMail extends BaseMail {
  constructor(
    private user: User,
    private token: string
  ) {
    super()
  }

  async prepare() {
    await this.user.load('organization')
    const { t, locale } = await translatorFor(this.user)
    const link = new URL(urlFor('password_resets.edit', { token: this.token }), appUrl).href
    const data = { t, locale, user: this.user, organization: this.user.organization.name, link }
    this.message
      .subject(t('You have been invited to Switchboard'))
      .to(this.user.email, this.user.name)
      .htmlView('emails/invitation_html', data)
      .textView('emails/invitation_text', data)
  }
}
