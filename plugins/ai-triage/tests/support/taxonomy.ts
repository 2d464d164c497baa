import type { Taxonomy } from '../../engine/model/types.js'

/** A small organization's active taxonomy, as `context.taxonomy.tree()` answers it. */
export const taxonomy: Taxonomy = {
  groups: [
    {
      id: 1,
      name: 'IT Support',
      categories: [
        {
          id: 10,
          name: 'Hardware',
          subcategories: [
            { id: 100, name: 'Laptop' },
            { id: 101, name: 'Printer' },
          ],
        },
        { id: 11, name: 'Accounts', subcategories: [{ id: 110, name: 'Password reset' }] },
      ],
    },
    {
      id: 2,
      name: 'Billing',
      categories: [{ id: 20, name: 'Invoices', subcategories: [] }],
    },
  ],
}

/** A well-formed answer for the taxonomy above. */
export const goodAnswer = {
  placement: 'IT Support › Hardware › Printer',
  priority: 'high',
  sentiment: 'negative',
  language: 'de',
  summary: 'The printer on the third floor jams on every job.',
  reply: 'Danke für Ihre Meldung, wir sehen uns den Drucker heute noch an.',
  escalate: false,
  confidence: {
    group: 0.95,
    category: 0.9,
    subcategory: 0.8,
    priority: 0.7,
    sentiment: 0.85,
    language: 0.99,
    escalate: 0.6,
  },
}

export const settingsFor = (baseUrl: string, extra: Record<string, unknown> = {}) => ({
  baseUrl,
  model: 'gpt-4o',
  apiKey: 'sk-test-standin-key',
  redact: true,
  timeoutMs: 5_000,
  ...extra,
})
