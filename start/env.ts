/*
|--------------------------------------------------------------------------
| Environment variables
|--------------------------------------------------------------------------
|
| Switchboard is configured only through environment variables. Each one is
| validated here at boot: a missing or malformed value stops the process
| with a message naming the variable. `.env.example` lists every variable
| with a safe default.
|
*/

import { isIP } from 'node:net'
import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number(),
  HOST: Env.schema.string({ format: 'host' }),
  APP_KEY: Env.schema.secret(),
  APP_URL: Env.schema.string({ format: 'url', tld: false }),
  TZ: Env.schema.string(),
  LOG_LEVEL: Env.schema.enum([
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ] as const),

  /*
  |----------------------------------------------------------
  | PostgreSQL
  |----------------------------------------------------------
  */
  DB_HOST: Env.schema.string({ format: 'host' }),
  DB_PORT: Env.schema.number(),
  DB_USER: Env.schema.string(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string(),

  /*
  |----------------------------------------------------------
  | Redis (rate limits, queues)
  |----------------------------------------------------------
  */
  REDIS_HOST: Env.schema.string({ format: 'host' }),
  REDIS_PORT: Env.schema.number(),
  REDIS_PASSWORD: Env.schema.string.optional(),
  /** Database index; the test suite uses its own (1) and wipes it. */
  REDIS_DB: Env.schema.number.optional(),

  /*
  |----------------------------------------------------------
  | Web sessions and the proxies in front of Switchboard
  |----------------------------------------------------------
  */
  /**
   * Where web sessions live: `redis` (default; revocable, shared by every
   * web process) or `memory` (one process only; the test suite's in-process
   * server, whose Japa session helpers read that store).
   */
  SESSION_STORE: Env.schema.enum.optional(['redis', 'memory'] as const),
  /**
   * Reverse proxies whose X-Forwarded-For / -Proto / -Host are believed:
   * comma-separated IPs or CIDR ranges, or the names `loopback`,
   * `linklocal`, `uniquelocal` (private networks). Default: none, so a
   * client cannot choose the IP its rate limits and audit entries see.
   */
  TRUSTED_PROXIES: (key: string, value?: string) => {
    const entries = (value ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
    const named = ['loopback', 'linklocal', 'uniquelocal']
    const invalid = entries.find((entry) => {
      const [address, bits, extra] = entry.split('/')
      return (
        !named.includes(entry) &&
        (extra !== undefined || !isIP(address) || (bits !== undefined && !/^\d{1,3}$/.test(bits)))
      )
    })
    if (invalid) {
      throw new Error(
        `${key}: "${invalid}" is not an IP address, a CIDR range or loopback/linklocal/uniquelocal`
      )
    }
    return entries.length ? entries.join(',') : undefined
  },

  /*
  |----------------------------------------------------------
  | Outgoing mail
  |----------------------------------------------------------
  */
  /** Optional outside production: without it mail is written to the log (config/mail.ts). */
  SMTP_HOST: Env.schema.string.optionalWhen(() => process.env.NODE_ENV !== 'production', {
    format: 'host',
  }),
  SMTP_PORT: Env.schema.number(),
  SMTP_USERNAME: Env.schema.string.optional(),
  SMTP_PASSWORD: Env.schema.string.optional(),
  /** Pooled SMTP connections per process (default 5, the worker's concurrent deliveries). */
  SMTP_MAX_CONNECTIONS: Env.schema.number.optional(),
  MAIL_FROM: Env.schema.string({ format: 'email' }),
  /** How often the worker fetches every mailbox of the e-mail channel (default 60000 ms); IMAP IDLE brings new mail sooner. */
  MAIL_FETCH_INTERVAL_MS: Env.schema.number.optional(),
  /** Set to "false" to fetch on the schedule only, without IMAP IDLE connections. */
  MAIL_IDLE: Env.schema.boolean.optional(),
  /** How long a fetch holds a mailbox before another worker may take it over (default 120 s, renewed every batch). */
  MAIL_FETCH_LEASE_SECONDS: Env.schema.number.optional(),

  /*
  |----------------------------------------------------------
  | Uploaded files: local disk (default) or S3-compatible storage
  |----------------------------------------------------------
  */
  DRIVE_DISK: Env.schema.enum.optional(['fs', 's3'] as const),
  /** Folder for the fs disk, relative to the app root (default: storage). */
  DRIVE_ROOT: Env.schema.string.optional(),
  S3_BUCKET: Env.schema.string.optional(),
  S3_REGION: Env.schema.string.optional(),
  /** For S3-compatible services (MinIO, R2, ...): their endpoint URL. */
  S3_ENDPOINT: Env.schema.string.optional({ format: 'url', tld: false }),
  S3_ACCESS_KEY_ID: Env.schema.string.optional(),
  S3_SECRET_ACCESS_KEY: Env.schema.string.optional(),

  /*
  |----------------------------------------------------------
  | Background jobs (events, notifications, plugin jobs)
  |----------------------------------------------------------
  */
  /** First retry delay of a failed event delivery, doubled per attempt (default 2000 ms). */
  QUEUE_BACKOFF_MS: Env.schema.number.optional(),
  /** Event deliveries one worker process runs at once (default 10; each holds a database connection while it writes). */
  QUEUE_CONCURRENCY: Env.schema.number.optional(),
  /** Largest import file accepted, in bytes (100 MB unless set). */
  IMPORT_MAX_BYTES: Env.schema.number.optional(),
  IMPORT_SWEEP_MS: Env.schema.number.optional(),
  /** How soon a job of a crashed worker is handed to another (default 30000 ms). */
  QUEUE_STALLED_MS: Env.schema.number.optional(),
  /** How often the worker publishes events the web could not queue (default 5000 ms). */
  OUTBOX_SWEEP_MS: Env.schema.number.optional(),
  /** How long a plugin's event handler may run before its signal fires (default 60000 ms). */
  PLUGIN_EVENT_BUDGET_MS: Env.schema.number.optional(),
  /** How long a handler whose signal fired may take to stop before it is abandoned (default 2000 ms). */
  PLUGIN_SETTLE_MS: Env.schema.number.optional(),
  /** On SIGTERM, how long jobs in progress may finish before their signals fire (default 10000 ms). */
  QUEUE_SHUTDOWN_GRACE_MS: Env.schema.number.optional(),
})
