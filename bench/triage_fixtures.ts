/**
 * The labelled tickets of ../shared/fixtures/triage (see its README) as
 * examples for the offline triage engine, and a generator of any number of
 * synthetic tickets drawn from their vocabulary, for the speed runs.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { createRandom } from '../plugins/ai-triage/engine/offline/random.ts'

export const FIXTURES_DIR =
  process.env.TRIAGE_FIXTURES ??
  join(import.meta.dirname, '..', '..', 'shared', 'fixtures', 'triage')

const FILES = ['tobi-bueck_tickets_v5-2-50_first1872.csv', 'tobi-bueck_tickets_4-20k_first2181.csv']

export const FIELDS = ['queue', 'priority', 'type'] as const
export type Field = (typeof FIELDS)[number]

export interface FixtureTicket {
  text: string
  language: string
  labels: Record<Field, string>
}

/** Both CSVs (4,053 rows), input `subject + " " + body` as the README's baselines use. */
export function loadFixtureTickets(directory = FIXTURES_DIR): FixtureTicket[] {
  const tickets: FixtureTicket[] = []
  for (const file of FILES) {
    const rows: Record<string, string>[] = parse(readFileSync(join(directory, file)), {
      columns: true,
    })
    for (const row of rows) {
      tickets.push({
        text: `${row.subject} ${row.body}`,
        language: row.language,
        labels: { queue: row.queue, priority: row.priority, type: row.type },
      })
    }
  }
  return tickets
}

/**
 * Synthetic tickets: a queue drawn with the fixtures' shares, a length
 * drawn from theirs, and words drawn (with their frequencies) 40% from that
 * queue's tickets and 60% from all tickets — realistic text and vocabulary
 * size, ten labels, a signal that is there but noisy. Deterministic per seed.
 */
export function syntheticTickets(source: FixtureTicket[], count: number, seed: number) {
  const random = createRandom(seed)
  const all: string[] = []
  const byQueue = new Map<string, string[]>()
  const lengths: number[] = []
  const queues: string[] = []
  for (const ticket of source) {
    const words = ticket.text.split(/\s+/).filter(Boolean)
    lengths.push(words.length)
    queues.push(ticket.labels.queue)
    all.push(...words)
    const own = byQueue.get(ticket.labels.queue) ?? []
    own.push(...words)
    byQueue.set(ticket.labels.queue, own)
  }
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  return Array.from({ length: count }, () => {
    const label = pick(queues)
    const own = byQueue.get(label)!
    const words: string[] = []
    for (let word = pick(lengths); word > 0; word--) {
      words.push(random() < 0.4 ? pick(own) : pick(all))
    }
    return { text: words.join(' '), label }
  })
}
