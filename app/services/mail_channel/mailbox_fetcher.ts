import type { ImapFlow } from 'imapflow'
import logger from '@adonisjs/core/services/logger'
import Mailbox from '#models/mailbox'
import { imapClient } from '#services/mail_channel/imap_connection'
import { explainImapFailure } from '#services/mail_channel/imap_failure'
import { imapSettings } from '#services/mail_channel/mailbox_settings'
import MailboxLease, { LeaseLostError } from '#services/mail_channel/mailbox_lease'
import MailRecorder, { type FetchedMessage } from '#services/mail_channel/mail_recorder'
import MailProcessor from '#services/mail_channel/mail_processor'

/** Messages fetched, recorded and processed per round: bounds the worker's memory. */
const BATCH = 50
/** Mail held in memory at once while a batch downloads. */
const BATCH_BYTES = 32 * 1024 * 1024

export type FetchSummary = {
  mailboxId: number
  /** Set when nothing was done: another worker holds the mailbox, or it is switched off. */
  skipped?: 'busy' | 'inactive'
  fetched: number
  processed: number
  failed: number
  error?: string
}

/**
 * Fetches one mailbox (issue 17, point 2). Under its lease, it resumes the
 * messages a dead worker recorded but never processed, then walks the
 * folder's UIDs in batches: new messages are recorded (raw in Drive, a
 * pending row) before any is processed, processed one by one (a failing
 * message becomes a dead letter, the next ones go on), and only then moved
 * or deleted as the mailbox says. A crash at any point leaves either a
 * message still in the folder that is already recorded (moved next time,
 * never processed twice) or a pending row (processed next time).
 */
export default class MailboxFetcher {
  static async fetch(mailbox: Mailbox): Promise<FetchSummary> {
    const summary: FetchSummary = { mailboxId: mailbox.id, fetched: 0, processed: 0, failed: 0 }
    if (!mailbox.isActive) return { ...summary, skipped: 'inactive' }
    const lease = await MailboxLease.take(mailbox.id)
    if (!lease) return { ...summary, skipped: 'busy' }
    const client = imapClient(imapSettings(mailbox), { socketMs: 180_000 })
    // imapflow also emits socket errors as events; unheard, they would crash the worker.
    client.on('error', () => {})
    let loggedIn = false
    try {
      await mailbox.refresh()
      await this.processAll(await MailRecorder.pending(mailbox), mailbox, summary)
      await client.connect()
      loggedIn = true
      const lock = await client.getMailboxLock(mailbox.folder)
      try {
        await this.walkFolder(client, mailbox, lease, summary)
      } finally {
        lock.release()
      }
      await updateMailbox(mailbox, { last_fetched_at: new Date(), last_error: null })
    } catch (error) {
      summary.error =
        error instanceof LeaseLostError || loggedIn
          ? (error as Error).message
          : explainImapFailure(error, {
              settings: imapSettings(mailbox),
              folder: mailbox.folder,
              loggedIn,
            }).message
      logger.warn({ mailbox: mailbox.id, err: error }, 'mailbox fetch failed')
      await updateMailbox(mailbox, { last_error: summary.error.slice(0, 2000) })
    } finally {
      await closeQuietly(client)
      await lease.release()
    }
    return summary
  }

  private static async walkFolder(
    client: ImapFlow,
    mailbox: Mailbox,
    lease: MailboxLease,
    summary: FetchSummary
  ) {
    const uidValidity = Number(client.mailbox && client.mailbox.uidValidity)
    if (mailbox.uidValidity !== uidValidity) {
      // A new folder generation: its UIDs are new numbers, recorded under the new UIDVALIDITY.
      await updateMailbox(mailbox, { uid_validity: uidValidity, last_uid: null })
      mailbox.merge({ uidValidity, lastUid: null })
    }
    const uids = ((await client.search({ all: true }, { uid: true })) || []).sort((a, b) => a - b)
    let moveToReady = false
    for (let start = 0; start < uids.length; start += BATCH) {
      const batch = uids.slice(start, start + BATCH)
      const known = await MailRecorder.knownUids(mailbox, uidValidity, batch)
      const fresh = batch.filter((uid) => !known.has(uid))
      for (const part of await this.byteBounded(client, fresh)) {
        const fetched = await this.download(client, uidValidity, part)
        summary.fetched += fetched.length
        const ids = await MailRecorder.record(mailbox, fetched)
        await this.processAll(
          await MailRecorder.pending(mailbox).whereIn('id', ids),
          mailbox,
          summary
        )
      }
      if (mailbox.afterFetch === 'move' && !moveToReady) {
        await ensureFolder(client, mailbox.moveTo)
        moveToReady = true
      }
      await this.clearFromFolder(client, mailbox, batch)
      await updateMailbox(mailbox, { last_uid: batch[batch.length - 1] })
      if (!(await lease.renew())) throw new LeaseLostError(mailbox.id)
    }
  }

  /**
   * The UIDs split so that no download holds more than BATCH_BYTES of mail
   * in memory: fifty 30 MB messages would otherwise be 1.5 GB at once. A
   * message larger than that on its own is downloaded alone.
   */
  private static async byteBounded(client: ImapFlow, uids: number[]) {
    if (!uids.length) return []
    const parts: number[][] = [[]]
    let bytes = 0
    for await (const message of client.fetch(
      uids.join(','),
      { uid: true, size: true },
      { uid: true }
    )) {
      const size = message.size ?? 0
      if (bytes + size > BATCH_BYTES && parts[parts.length - 1].length) {
        parts.push([])
        bytes = 0
      }
      parts[parts.length - 1].push(message.uid)
      bytes += size
    }
    return parts.filter((part) => part.length)
  }

  /** The raw messages of these UIDs (a message expunged meanwhile is simply not there). */
  private static async download(client: ImapFlow, uidValidity: number, uids: number[]) {
    const fetched: FetchedMessage[] = []
    if (!uids.length) return fetched
    const messages = client.fetch(
      uids.join(','),
      { uid: true, source: true, internalDate: true },
      { uid: true }
    )
    for await (const message of messages) {
      if (!message.source) continue
      const date = message.internalDate ? new Date(message.internalDate) : null
      fetched.push({
        uidValidity,
        uid: message.uid,
        source: message.source,
        receivedAt: date && !Number.isNaN(date.getTime()) ? date : null,
      })
    }
    return fetched
  }

  private static async processAll(
    messages: Awaited<ReturnType<typeof MailRecorder.pending>>,
    mailbox: Mailbox,
    summary: FetchSummary
  ) {
    for (const message of messages) {
      const done = await MailProcessor.process(message, mailbox)
      summary.processed++
      if (done.status === 'failed') summary.failed++
    }
  }

  /**
   * Moves (marked seen) or deletes what was recorded. Every UID of the batch
   * is recorded by now: those known before were left behind by an earlier
   * fetch that stopped before this step.
   */
  private static async clearFromFolder(client: ImapFlow, mailbox: Mailbox, uids: number[]) {
    const range = uids.join(',')
    if (mailbox.afterFetch === 'delete') {
      await client.messageDelete(range, { uid: true })
      return
    }
    await client.messageFlagsAdd(range, ['\\Seen'], { uid: true })
    await client.messageMove(range, mailbox.moveTo, { uid: true })
  }
}

/**
 * Writes the fetcher's own columns only: the admin may be saving the
 * mailbox's settings meanwhile, and a save of the whole row would undo theirs.
 */
async function updateMailbox(mailbox: Mailbox, values: Record<string, unknown>) {
  await Mailbox.query()
    .withScopes((scopes) => scopes.forOrganization(mailbox.organizationId))
    .where('id', mailbox.id)
    // updated_at stays: it marks changes of the settings (the IDLE watcher restarts on them).
    .update(values)
}

/** The folder fetched mail moves to, created the first time. */
async function ensureFolder(client: ImapFlow, path: string) {
  const folders = await client.list()
  if (!folders.some((folder) => folder.path === path)) {
    await client.mailboxCreate(path)
  }
}

async function closeQuietly(client: ImapFlow) {
  try {
    if (client.usable) await client.logout()
    else client.close()
  } catch {
    client.close()
  }
}
