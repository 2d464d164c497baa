import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Group from '#models/group'
import Mailbox, { type AfterFetch, type MailboxTls } from '#models/mailbox'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import FormError from '#exceptions/form_error'
import { msg } from '#i18n/message'

/** A mailbox's settings as the service takes them; on update, those left out keep their values. */
export type MailboxSettings = {
  name: string
  host: string
  port: number
  tls: MailboxTls
  verifyCertificates?: boolean
  username: string
  password: string
  folder?: string
  groupId: number
  afterFetch?: AfterFetch
  moveTo?: string
  allowCcReplies?: boolean
  loopLimit?: number
  loopWindowMinutes?: number
  isActive?: boolean
}

export type MailboxChanges = Partial<MailboxSettings>

/** The settings the audit trail shows (the password only as "changed", redacted). */
const AUDITED = [
  'name',
  'host',
  'port',
  'tls',
  'verifyCertificates',
  'username',
  'folder',
  'groupId',
  'afterFetch',
  'moveTo',
  'allowCcReplies',
  'loopLimit',
  'loopWindowMinutes',
  'isActive',
] as const

/**
 * Where the fetcher stands is a position in one folder of one account: a
 * UID means nothing in another. Changing any of these starts it afresh.
 */
const FETCH_POSITION = ['host', 'port', 'username', 'folder'] as const

function isUniqueViolation(error: unknown) {
  return (error as { code?: string })?.code === '23505'
}

function duplicateName(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new FormError('name', msg('A mailbox with this name already exists.'))
  }
  throw error
}

function audited(mailbox: Mailbox) {
  return Object.fromEntries(AUDITED.map((key) => [key, mailbox[key]])) as Record<
    (typeof AUDITED)[number],
    unknown
  >
}

/**
 * The e-mail channel's mailboxes (issue 17), one organization's at a time.
 * The IMAP side (fetching, testing a connection) lives beside this in
 * app/services/mail_channel and reads the password through Mailbox.password().
 */
export default class MailboxService {
  static list(organizationId: number) {
    return Mailbox.query()
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .orderBy('name')
      .orderBy('id')
  }

  static find(organizationId: number, id: number) {
    return Mailbox.query()
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .where('id', id)
      .firstOrFail()
  }

  static async create(organizationId: number, input: MailboxSettings, context: ActorContext) {
    this.checkMoveTo({
      afterFetch: input.afterFetch ?? 'move',
      moveTo: input.moveTo ?? 'Processed',
      folder: input.folder ?? 'INBOX',
    })
    return db.transaction(async (trx) => {
      await this.checkGroup(organizationId, input.groupId, trx)
      const mailbox = new Mailbox()
      mailbox.useTransaction(trx)
      // Defaults are the table's too; set here so the answer shows them without a reload.
      mailbox.merge({
        organizationId,
        name: input.name,
        host: input.host,
        port: input.port,
        tls: input.tls,
        verifyCertificates: input.verifyCertificates ?? true,
        username: input.username,
        folder: input.folder ?? 'INBOX',
        groupId: input.groupId,
        afterFetch: input.afterFetch ?? 'move',
        moveTo: input.moveTo ?? 'Processed',
        allowCcReplies: input.allowCcReplies ?? false,
        loopLimit: input.loopLimit ?? 20,
        loopWindowMinutes: input.loopWindowMinutes ?? 10,
        isActive: input.isActive ?? true,
        uidValidity: null,
        lastUid: null,
        lastFetchedAt: null,
        lastError: null,
        fetchGeneration: 1,
      })
      mailbox.setPassword(input.password)
      await mailbox.save().catch(duplicateName)
      await AuditLogService.record(
        context,
        {
          organizationId,
          action: 'mailbox.created',
          entityType: 'mailbox',
          entityId: mailbox.id,
          newValues: audited(mailbox),
        },
        trx
      )
      return mailbox
    })
  }

  static async update(mailbox: Mailbox, input: MailboxChanges, context: ActorContext) {
    const before = audited(mailbox)
    const after = { ...before }
    for (const key of AUDITED) {
      if (input[key] !== undefined) after[key] = input[key]
    }
    const { oldValues, newValues, changed } = AuditLogService.diff(before, after)
    if (!changed && input.password === undefined) {
      return mailbox
    }
    this.checkMoveTo(after as { afterFetch: string; moveTo: string; folder: string })
    return db.transaction(async (trx) => {
      if ('groupId' in newValues) {
        await this.checkGroup(mailbox.organizationId, input.groupId!, trx)
      }
      mailbox.useTransaction(trx)
      mailbox.merge(after as Partial<Mailbox>)
      if (input.password !== undefined) {
        mailbox.setPassword(input.password)
        // AuditLogService redacts the value: the trail says only that it changed.
        newValues.password = input.password
      }
      if (FETCH_POSITION.some((key) => key in newValues)) {
        // Another server, account or folder: its UIDs are not the ones recorded so far.
        mailbox.merge({
          uidValidity: null,
          lastUid: null,
          fetchGeneration: mailbox.fetchGeneration + 1,
        })
      }
      // An error of the old settings says nothing about the new ones.
      mailbox.lastError = null
      await mailbox.save().catch(duplicateName)
      await AuditLogService.record(
        context,
        {
          organizationId: mailbox.organizationId,
          action: 'mailbox.updated',
          entityType: 'mailbox',
          entityId: mailbox.id,
          oldValues,
          newValues,
        },
        trx
      )
      return mailbox
    })
  }

  static async delete(mailbox: Mailbox, context: ActorContext) {
    await db.transaction(async (trx) => {
      mailbox.useTransaction(trx)
      await mailbox.delete()
      await AuditLogService.record(
        context,
        {
          organizationId: mailbox.organizationId,
          action: 'mailbox.deleted',
          entityType: 'mailbox',
          entityId: mailbox.id,
          oldValues: { name: mailbox.name, host: mailbox.host, username: mailbox.username },
        },
        trx
      )
    })
  }

  /** Moving fetched mail into the folder it was fetched from would fetch it again and again. */
  private static checkMoveTo(settings: { afterFetch: string; moveTo: string; folder: string }) {
    if (
      settings.afterFetch === 'move' &&
      settings.moveTo.trim().toLowerCase() === settings.folder.trim().toLowerCase()
    ) {
      throw new FormError(
        'moveTo',
        msg('Choose another folder than the one mail is fetched from.'),
        'different'
      )
    }
  }

  /** New tickets go to this group: it must be one of the mailbox's organization. */
  private static async checkGroup(
    organizationId: number,
    groupId: number,
    trx: TransactionClientContract
  ) {
    const group = await Group.query({ client: trx })
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .where('id', groupId)
      .first()
    if (!group) {
      throw new FormError('groupId', msg('Choose a group of this organization.'), 'exists')
    }
  }
}
