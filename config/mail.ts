import env from '#start/env'
import { defineConfig, transports } from '@adonisjs/mail'
import LogTransport from '#mails/transports/log_transport'

const smtpHost = env.get('SMTP_HOST')
const smtpUser = env.get('SMTP_USERNAME')

/**
 * Without SMTP_HOST (allowed outside production, see start/env.ts) mail is
 * written to the log instead of failing against a server nobody runs.
 */
const mailConfig = defineConfig({
  default: smtpHost ? 'smtp' : 'log',
  from: {
    address: env.get('MAIL_FROM'),
    name: 'Switchboard',
  },
  mailers: {
    smtp: transports.smtp({
      host: smtpHost ?? 'localhost',
      port: env.get('SMTP_PORT'),
      secure: env.get('SMTP_PORT') === 465,
      ...(smtpUser
        ? { auth: { type: 'login' as const, user: smtpUser, pass: env.get('SMTP_PASSWORD', '') } }
        : {}),
      connectionTimeout: 10_000,
      /**
       * A stalled server fails the send well inside a delivery's time budget
       * (PLUGIN_EVENT_BUDGET_MS, 60 s): the mail is sent outside the step's
       * transaction, so a retry must not start while a send is still in
       * flight. Nodemailer's default is 10 minutes.
       */
      socketTimeout: 30_000,
      /**
       * The worker delivers several events at once and sends mail after
       * mail: reusing connections saves a TCP and TLS handshake, greeting
       * and login per message. As many as the worker runs deliveries.
       */
      pool: true,
      maxConnections: env.get('SMTP_MAX_CONNECTIONS', 5),
    }),
    log: () => new LogTransport(),
  },
})

export default mailConfig

declare module '@adonisjs/mail/types' {
  export interface MailersList extends InferMailers<typeof mailConfig> {}
}
