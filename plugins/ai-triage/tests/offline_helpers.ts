import { createRandom } from '../engine/offline/random.js'

/**
 * A small labelled ticket set in English and German, made by the tests
 * themselves (seeded, so every run sees the same tickets): three queues,
 * each with its own phrases in both languages, padded with words every
 * queue uses, so that only the queue phrases tell the queues apart.
 */

export const QUEUES = {
  billing: {
    en: ['invoice', 'charged twice', 'refund', 'payment failed', 'credit card', 'billing address'],
    de: [
      'Rechnung',
      'doppelt abgebucht',
      'Rückerstattung',
      'Zahlung fehlgeschlagen',
      'Kreditkarte',
      'Rechnungsadresse',
    ],
  },
  outage: {
    en: ['server down', 'outage', 'not reachable', 'error 503', 'service unavailable', 'timeouts'],
    de: [
      'Störung',
      'Server nicht erreichbar',
      'Ausfall',
      'Fehler 503',
      'Dienst nicht verfügbar',
      'Zeitüberschreitung',
    ],
  },
  access: {
    en: [
      'password reset',
      'cannot log in',
      'account locked',
      'two-factor code',
      'login page',
      'new user',
    ],
    de: [
      'Passwort zurücksetzen',
      'Anmeldung nicht möglich',
      'Konto gesperrt',
      'Zwei-Faktor-Code',
      'Anmeldeseite',
      'neuer Benutzer',
    ],
  },
} as const

export type Queue = keyof typeof QUEUES

const FILLER = {
  en: [
    'hello',
    'please',
    'help',
    'thanks',
    'our team',
    'since yesterday',
    'urgent',
    'regards',
    'we',
    'the',
    'is',
  ],
  de: [
    'Hallo',
    'bitte',
    'Hilfe',
    'danke',
    'unser Team',
    'seit gestern',
    'dringend',
    'Grüße',
    'wir',
    'der',
    'ist',
  ],
}

export interface SyntheticTicket {
  text: string
  label: Queue
  language: 'en' | 'de'
}

/**
 * `count` tickets over the three queues in turn. With `noise`, that share
 * of tickets gets a random queue as its label, which no model can predict:
 * the right confidence for those tickets is low.
 */
export function syntheticTickets(count: number, seed: number, noise = 0): SyntheticTicket[] {
  const random = createRandom(seed)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  const queues = Object.keys(QUEUES) as Queue[]
  return Array.from({ length: count }, (_, index) => {
    const queue = queues[index % queues.length]
    const language = random() < 0.5 ? 'en' : 'de'
    const words: string[] = [pick(QUEUES[queue][language]), pick(QUEUES[queue][language])]
    for (let filler = 0; filler < 5; filler++) {
      words.push(pick(FILLER[language]))
    }
    for (let at = words.length - 1; at > 0; at--) {
      const other = Math.floor(random() * (at + 1))
      ;[words[at], words[other]] = [words[other], words[at]]
    }
    const text = words.join(' ')
    const label = random() < noise ? pick(queues) : queue
    return { text, label, language }
  })
}
