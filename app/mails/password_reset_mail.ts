import { BaseMail } from '@adonisjs/mail'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import type User from '#models/user'
import { translatorFor } from '#i18n/negotiation'

/** In the account's language, whoever asked for the link. */
export default class PasswordResetMail extends BaseMail {
  constructor(
    private user: User,
    private token: string
  ) {
    super()
  }

  async prepare() {
    const { t, locale } = await translatorFor(this.user)
    const link = new URL(urlFor('password_resets.edit', { token: this.token }), appUrl).href
    const data = { t, locale, user: this.user, link }
    this.message
      .subject(t('Reset your Switchboard password'))
      .to(this.user.email, this.user.name)
      .htmlView('emails/password_reset_html', data)
      .textView('emails/password_reset_text', data)
  }
}
