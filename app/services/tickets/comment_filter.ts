import type Ticket from '#models/ticket'
import type User from '#models/user'
import type { CommentSource } from '#platform/catalogue'
import Hooks from '#platform/hooks'
import { ticketSnapshot, userSnapshot } from '#platform/snapshots'
import { ticketRules } from '#validators/ticket'
import vine from '@vinejs/vine'

const body = vine.create(vine.object({ body: ticketRules.body() }))

/**
 * The body after the enabled plugins' `comment.creating` filters, run
 * before the comment's transaction (no plugin code holds a row lock). What
 * a plugin answers is checked like a person's input: an empty, oversized
 * or non-text body keeps the one that was typed.
 */
export async function filteredCommentBody(
  ticket: Ticket,
  author: User | null,
  input: { body: string; internal: boolean; source?: CommentSource }
) {
  const value = { body: input.body, internal: input.internal }
  const filtered = await Hooks.filter(ticket.organizationId, 'comment.creating', value, {
    ticket: ticketSnapshot(ticket),
    author: author ? userSnapshot(author) : null,
    source: input.source ?? 'web',
  })
  const candidate = filtered && typeof filtered === 'object' ? filtered.body : undefined
  if (candidate === input.body) {
    return input.body
  }
  const [error, valid] = await body.tryValidate({ body: candidate })
  return error ? input.body : valid.body
}
