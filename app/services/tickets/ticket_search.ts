import db from '@adonisjs/lucid/services/db'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type Ticket from '#models/ticket'
import type User from '#models/user'
import { countLimits } from '#services/tickets/ticket_counts'

type TicketBuilder = ModelQueryBuilderContract<typeof Ticket, Ticket>

/** The text-search configuration used by the triggers that build the vectors. */
const CONFIG = 'english'
/** Snippet highlight markers: control characters no user text contains after escaping. */
const MARK_START = '\u0002'
const MARK_END = '\u0003'
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "`

/** One of the newest matches of a search, with its status and relevance. */
export type Candidate = { id: number; status: string; rank: number }

/** `ranked`: best first (ties newest first); `capped`: more matches exist than were read. */
export type Candidates = { ranked: Candidate[]; newest: Candidate[]; capped: boolean }

/** "SB-1042", "#1042" or "1042": a lookup by ticket number. */
export function ticketNumberIn(q: string) {
  const match = q.trim().match(/^(?:[A-Za-z][A-Za-z0-9]{0,9}-|#)?(\d{1,9})$/)
  return match ? Number(match[1]) : null
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Escapes a headline, then turns the markers into <mark>: user text can never inject markup. */
function highlight(headline: string) {
  return escapeHtml(headline).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>')
}

/**
 * Where the caller may read a ticket's internal notes, as SQL over
 * `tickets` (aliased `alias`): the rule of TicketPolicy.viewInternal.
 * Admins on every ticket of their organization, agents on tickets assigned
 * to them or of their groups, nobody on a ticket they merely requested.
 */
function notesVisible(user: User, alias = 'tickets'): [string, number[]] {
  if (user.isAdmin) {
    return ['TRUE', []]
  }
  if (user.role !== 'agent') {
    return ['FALSE', []]
  }
  return [
    `(${alias}.assignee_id = ? OR ${alias}.group_id = ANY(ARRAY(SELECT group_id FROM group_members WHERE user_id = ?)))`,
    [user.id, user.id],
  ]
}

/**
 * PostgreSQL full-text search over tickets. The vectors are kept by
 * triggers (see the tickets migration): `search_vector` holds title,
 * description and public replies, `internal_search_vector` internal notes,
 * which match (and feed snippets) only where the caller may read the notes.
 */
export default class TicketSearch {
  /** Narrows a ticket query to the matches of `q`; a ticket number matches its ticket. */
  static apply(query: TicketBuilder, user: User, q: string) {
    const number = ticketNumberIn(q)
    return query.where((search) => {
      search.whereRaw(`tickets.search_vector @@ websearch_to_tsquery('${CONFIG}', ?)`, [q])
      if (user.isStaff) {
        const [visible, bindings] = notesVisible(user)
        search.orWhereRaw(
          `(tickets.internal_search_vector @@ websearch_to_tsquery('${CONFIG}', ?) AND ${visible})`,
          [q, ...bindings]
        )
      }
      if (number !== null) {
        search.orWhere('tickets.number', number)
      }
    })
  }

  /** Orders matches by relevance: cover density, so words close together rank higher. */
  static orderByRelevance(query: TicketBuilder, q: string) {
    return query.orderByRaw(
      `ts_rank_cd(coalesce(tickets.search_vector, ''::tsvector), websearch_to_tsquery('${CONFIG}', ?)) DESC`,
      [q]
    )
  }

  /**
   * The newest `countLimits.search` tickets `filtered` (a query already narrowed
   * by `apply`) matches, ranked. Newest-first lets PostgreSQL stop early:
   * for a common word it walks the newest tickets until it has enough, for
   * a rare one the text index hands over the few there are. `rare` is
   * mayBeRare(q), for callers that ask for several candidate lists.
   */
  static async candidates(
    filtered: TicketBuilder,
    q: string,
    rare?: Promise<boolean>
  ): Promise<Candidates> {
    const limit = countLimits.search
    const matches = filtered
      .clone()
      .clearSelect()
      .clearOrder()
      .select('tickets.id', 'tickets.status', 'tickets.created_at', 'tickets.search_vector')
    const all = matches.toSQL()
    // For a rare term, the matches are gathered from the text index first
    // (MATERIALIZED keeps PostgreSQL from walking the newest-first index).
    const source = (await (rare ?? this.mayBeRare(q)))
      ? {
          sql: `WITH m AS MATERIALIZED (${all.sql}) SELECT * FROM m ORDER BY created_at DESC, id DESC LIMIT ${limit + 1}`,
          bindings: all.bindings,
        }
      : matches
          .orderBy('tickets.created_at', 'desc')
          .orderBy('tickets.id', 'desc')
          .limit(limit + 1)
          .toSQL()
    const result = await db.rawQuery(
      `SELECT c.id, c.status,
              ts_rank_cd(coalesce(c.search_vector, ''::tsvector), websearch_to_tsquery('${CONFIG}', ?)) AS rank
         FROM (${source.sql}) AS c
        ORDER BY c.created_at DESC, c.id DESC`,
      [q, ...source.bindings]
    )
    const rows = result.rows as { id: string | number; status: string; rank: number }[]
    const newest = rows.slice(0, limit).map((row) => ({
      id: Number(row.id),
      status: row.status,
      rank: Number(row.rank),
    }))
    // A stable sort: equally relevant tickets stay newest first.
    const ranked = [...newest].sort((a, b) => b.rank - a.rank)
    return { ranked, newest, capped: rows.length > limit }
  }

  /**
   * Whether a search may match few tickets although PostgreSQL cannot tell.
   * The planner knows the frequencies of the most common words only; any
   * other word it guesses at, and a guess that makes a rare term look
   * common has it walk the newest-first index through every ticket looking
   * for matches that are not there (a second, where the text index answers
   * in milliseconds). A word outside that list is rarer than every word on
   * it, so a query needing one (no "or") is gathered from the text index.
   */
  static async mayBeRare(q: string) {
    if (/(^|\s)(or|-)/i.test(q)) {
      return false
    }
    const result = await db.rawQuery(
      `SELECT coalesce(bool_and(lexeme = ANY(s.elems)), true) AS known
         FROM unnest(tsvector_to_array(to_tsvector('${CONFIG}', ?))) AS lexeme,
              (SELECT coalesce((SELECT most_common_elems::text::text[] FROM pg_stats
                                 WHERE schemaname = current_schema() AND tablename = 'tickets'
                                   AND attname = 'search_vector'), '{}') AS elems) AS s`,
      [q]
    )
    return result.rows[0]?.known === false
  }

  /**
   * Highlighted snippets for the rows of one page: from title and
   * description, or from the first matching reply when the match is there.
   * Internal notes only feed snippets where the caller may read them.
   */
  static async snippets(tickets: Ticket[], user: User, q: string) {
    const snippets = new Map<number, string>()
    if (tickets.length === 0) {
      return snippets
    }
    const [visible, bindings] = notesVisible(user, 't')
    const result = await db.rawQuery(
      `SELECT t.id,
              ts_headline('${CONFIG}', t.title || E'\\n' || t.description, query, ?) AS main,
              (SELECT ts_headline('${CONFIG}', c.body, query, ?)
                 FROM ticket_comments c
                WHERE c.ticket_id = t.id
                  AND (NOT c.is_internal OR ${visible})
                  AND to_tsvector('${CONFIG}', c.body) @@ query
                ORDER BY c.created_at
                LIMIT 1) AS reply
         FROM tickets t, websearch_to_tsquery('${CONFIG}', ?) AS query
        WHERE t.id = ANY(?)`,
      [HEADLINE, HEADLINE, ...bindings, q, tickets.map((ticket) => ticket.id)]
    )
    for (const row of result.rows as { id: number; main: string; reply: string | null }[]) {
      const source = row.main.includes(MARK_START) || !row.reply ? row.main : row.reply
      snippets.set(Number(row.id), highlight(source))
    }
    return snippets
  }
}
