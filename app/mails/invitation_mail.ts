import { BaseMail } from '@adonisjs/mail'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import type User from '#models/user'

export default class InvitationMail extends BaseMail {
  subject = 'You have been invited to Switchboard'

  constructor(
    private user: User,
    private token: string
  ) {
    super()
  }

  async prepare() {
    await this.user.load('organization')
    const link = new URL(urlFor('password_resets.edit', { token: this.token }), appUrl).href
    const data = { user: this.user, organization: this.user.organization.name, link }
    this.message
      .to(this.user.email, this.user.name)
      .htmlView('emails/invitation_html', data)
      .textView('emails/invitation_text', data)
  }
}
