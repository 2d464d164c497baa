import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

export interface ImapUser {
  user: string
  /** Plain text in a passwd-file: no ':' and no line breaks. */
  password: string
}

/**
 * Who runs what. As root (this machine and CI), dovecot refuses to run its
 * login processes as root and refuses mail users with uid 0: Debian's
 * package brings the dovenull and dovecot users for the former, and mail is
 * stored as `nobody`. As anyone else, dovecot runs everything as that user
 * (dovecot's documentation, "Rootless installation"; the same settings
 * were checked once by running the research lab's script as `nobody`, not
 * through this module: CI runs as root).
 */
export interface Accounts {
  root: boolean
  loginUser: string
  internalUser: string
  internalGroup: string
  mailUid: number
  mailGid: number
}

function id(...args: string[]) {
  return execFileSync('id', args, { encoding: 'utf8' }).trim()
}

export function accounts(): Accounts {
  if (process.getuid?.() === 0) {
    for (const user of ['dovenull', 'dovecot']) {
      try {
        id('-u', user)
      } catch {
        throw new Error(
          `The system user "${user}" is missing: Debian's dovecot-core package creates it (apt-get install dovecot-imapd).`
        )
      }
    }
    return {
      root: true,
      loginUser: 'dovenull',
      internalUser: 'dovecot',
      internalGroup: 'dovecot',
      mailUid: Number(id('-u', 'nobody')),
      mailGid: Number(id('-g', 'nobody')),
    }
  }
  const me = id('-un')
  return {
    root: false,
    loginUser: me,
    internalUser: me,
    internalGroup: id('-gn'),
    mailUid: process.getuid?.() ?? 0,
    mailGid: process.getgid?.() ?? 0,
  }
}

export function maildirOf(dir: string, user: string) {
  return join(dir, 'mail', user, 'Maildir')
}

/** One passwd-file line per user: name:{PLAIN}password:uid:gid::home:: */
export function passwdFile(dir: string, users: ImapUser[], who: Accounts) {
  return users
    .map((entry) => {
      if (/[:\r\n]/.test(entry.user + entry.password)) {
        throw new Error(
          `IMAP test user "${entry.user}": no ':' or line breaks in names and passwords`
        )
      }
      const home = join(dir, 'mail', entry.user)
      return `${entry.user}:{PLAIN}${entry.password}:${who.mailUid}:${who.mailGid}::${home}::\n`
    })
    .join('')
}

export interface ConfigInput {
  dir: string
  port: number
  /** The implicit-TLS port, null without TLS. */
  tlsPort: number | null
  certificateFile: string | null
  keyFile: string | null
  accounts: Accounts
}

/**
 * Dovecot 2.3 syntax (Debian 12). 2.4 renamed most of these settings, which
 * is why startImapServer checks the version first. Everything lives in the
 * throwaway folder; `mail_fsync = never` halves the time of an APPEND and
 * a test server never needs to survive a power cut.
 */
export function dovecotConfig(input: ConfigInput) {
  const { dir, port, tlsPort, accounts: who } = input
  const ssl =
    tlsPort === null
      ? 'ssl = no'
      : [
          'ssl = yes',
          `ssl_cert = <${input.certificateFile}`,
          `ssl_key = <${input.keyFile}`,
          'ssl_min_protocol = TLSv1.2',
        ].join('\n')
  return `protocols = imap
listen = 127.0.0.1
base_dir = ${join(dir, 'run')}
state_dir = ${join(dir, 'state')}
instance_name = switchboard-imap-${port}
log_path = ${join(dir, 'dovecot.log')}
default_login_user = ${who.loginUser}
default_internal_user = ${who.internalUser}
default_internal_group = ${who.internalGroup}
auth_mechanisms = plain login
# Tests log in wrongly on purpose: no 2 s delay for the failure itself.
auth_failure_delay = 0
disable_plaintext_auth = no
${ssl}
mail_fsync = never
mail_location = maildir:${join(dir, 'mail')}/%u/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${join(dir, 'passwd')}
}
userdb {
  driver = passwd-file
  args = username_format=%u ${join(dir, 'passwd')}
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${tlsPort ?? 0}
    ssl = yes
  }
}
service anvil {
  chroot =
  # Mode 0 disables the auth penalty (dovecot's documented switch): after a
  # failed login every later login from 127.0.0.1 would wait 2 s, then 4 s…
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
`
}
