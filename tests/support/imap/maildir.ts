import { chown, mkdir, rename, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import type { Accounts } from './dovecot_config.js'

/**
 * Writes messages straight into a Maildir folder, the way a delivery agent
 * does (write in tmp/, rename into place): about 4× faster than APPEND, for
 * benchmark seeds. Dovecot sees them at the next STATUS/SELECT (and IDLE
 * reports them). The UIDs it gives them follow directory order, not the
 * order written: tests that need the UID of one message use APPEND.
 * `seen` files go to cur/ with the S flag, the others to new/ (unseen).
 */
export async function writeMaildirMessages(
  folderDir: string,
  messages: (string | Buffer)[],
  seen: boolean,
  who: Accounts
) {
  for (const sub of ['cur', 'new', 'tmp']) {
    await mkdir(join(folderDir, sub), { recursive: true })
    await owned(join(folderDir, sub), who)
  }
  const stamp = Date.now()
  const host = hostname().replace(/[/:]/g, '_')
  let index = 0
  for (const message of messages) {
    const name = `${stamp}.M${index++}P${process.pid}.${host}`
    const temporary = join(folderDir, 'tmp', name)
    await writeFile(temporary, message)
    await owned(temporary, who)
    await rename(
      temporary,
      seen ? join(folderDir, 'cur', `${name}:2,S`) : join(folderDir, 'new', name)
    )
  }
}

/** As root, files must belong to the mail user (nobody) like the ones dovecot writes. */
async function owned(path: string, who: Accounts) {
  if (who.root) {
    await chown(path, who.mailUid, who.mailGid)
  }
}
