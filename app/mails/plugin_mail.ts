import { BaseMail } from '@adonisjs/mail'
import type { Locale } from '#services/locales'
import Translator from '#i18n/translator'
import { msg } from '#i18n/message'

export type PluginMailContent = {
  to: { email: string; name: string }
  locale: Locale
  pluginName: string
  subject: string
  /** Rendered from the plugin's Markdown and sanitized, like a reply. */
  html: string
  text: string
  /** The ticket it is about: its reference and the page the recipient may open. */
  ticket: { reference: string; link: string } | null
  /** Message-ID, and the ticket's root mail it answers when it is about a ticket. */
  ids: { messageId: string; root: string | null }
}

/**
 * An e-mail a plugin sends through the host API. About a ticket, it carries
 * the ticket's reference in the subject and answers the ticket's root mail
 * (In-Reply-To, References), so mail clients put it in the ticket's thread.
 */
export default class PluginMail extends BaseMail {
  subject: string

  constructor(private content: PluginMailContent) {
    super()
    this.subject = content.ticket
      ? `[${content.ticket.reference}] ${content.subject}`
      : content.subject
  }

  async prepare() {
    const { t, locale } = Translator.for(this.content.locale)
    const data = {
      t,
      locale,
      mail: this.content,
      subject: this.subject,
      footer: t(msg('Sent by {plugin} in Switchboard.', { plugin: this.content.pluginName })),
    }
    this.message
      .to(this.content.to.email, this.content.to.name)
      .messageId(this.content.ids.messageId)
      .htmlView('emails/plugin_mail_html', data)
      .textView('emails/plugin_mail_text', data)
    if (this.content.ids.root) {
      this.message.inReplyTo(this.content.ids.root).references([this.content.ids.root])
    }
  }
}
