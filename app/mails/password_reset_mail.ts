import { BaseMail } from '@adonisjs/mail'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import type User from '#models/user'

export default class PasswordResetMail extends BaseMail {
  subject = 'Reset your Switchboard password'

  constructor(
    private user: User,
    private token: string
  ) {
    super()
  }

  prepare() {
    const link = new URL(urlFor('password_resets.edit', { token: this.token }), appUrl).href
    this.message
      .to(this.user.email, this.user.name)
      .htmlView('emails/password_reset_html', { user: this.user, link })
      .textView('emails/password_reset_text', { user: this.user, link })
  }
}
