import { clip, escapeMrkdwn, escapeWithin, oneParagraph } from './escape.js'

/** Slack's Block Kit limits (api.slack.com/reference/block-kit). */
export const LIMITS = {
  headerText: 150,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  blocks: 50,
  contextText: 3000,
  excerpt: 500,
  /** The `text` fallback is cut well below Slack's 40,000 so notifications stay readable. */
  fallback: 3000,
} as const

/** What a message says about a ticket: all of it plain text, escaped here. */
export type MessageFacts = {
  reference: string
  title: string
  /** The desk link, built by the plugin from its settings (not user input). */
  url: string
  requester: string
  group: string
  priority: string
  status: string
  assignee: string | null
  /** One line: "Sam Agent resolved it". */
  change: string
  /** A short excerpt of a reply or note; null for none (or when the row may not see it). */
  excerpt: string | null
}

export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji: boolean } }
  | {
      type: 'section'
      text?: { type: 'mrkdwn'; text: string }
      fields?: { type: 'mrkdwn'; text: string }[]
    }
  | { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] }

export type SlackMessage = { text: string; blocks: SlackBlock[] }

const label = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).replaceAll('_', ' ')

/** The link `<url|SB-1042 Title>`: the label is escaped, so a title cannot end the link early. */
function titleLink(facts: MessageFacts, max: number) {
  const url = escapeMrkdwn(facts.url).replaceAll('|', '%7C')
  const prefix = `<${url}|${escapeMrkdwn(facts.reference)} `
  return `*${prefix}${escapeWithin(facts.title, max - prefix.length - 3)}>*`
}

function fields(facts: MessageFacts) {
  const rows: [string, string][] = [
    ['Requester', facts.requester],
    ['Group', facts.group],
    ['Priority', label(facts.priority)],
    ['Status', label(facts.status)],
  ]
  if (facts.assignee) rows.push(['Assignee', facts.assignee])
  return rows.slice(0, LIMITS.fields).map(([name, value]) => ({
    type: 'mrkdwn' as const,
    text: `*${name}*\n${escapeWithin(value, LIMITS.fieldText - name.length - 3)}`,
  }))
}

/**
 * A message about one event: header (reference and title), the title as
 * a link to the desk, the fields, the change in one line, an excerpt, and
 * a plain-text fallback for notifications and clients without blocks.
 */
export function buildMessage(facts: MessageFacts): SlackMessage {
  const blocks: SlackBlock[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: clip(`${facts.reference} ${facts.title}`, LIMITS.headerText),
        emoji: false,
      },
    },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: titleLink(facts, LIMITS.sectionText) },
      fields: fields(facts),
    },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: escapeWithin(facts.change, LIMITS.contextText) }],
    },
  ]
  if (facts.excerpt) {
    const excerpt = oneParagraph(facts.excerpt, LIMITS.excerpt)
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `>${escapeWithin(excerpt, LIMITS.sectionText - 1)}` },
    })
  }
  return { text: fallbackText(facts), blocks: blocks.slice(0, LIMITS.blocks) }
}

/** The fallback is shown in notifications, where mrkdwn is parsed too: escaped as well. */
function fallbackText(facts: MessageFacts) {
  const line = `${facts.reference} ${facts.title} (${label(facts.status)}, ${label(facts.priority)}): ${facts.change}`
  return escapeWithin(line, LIMITS.fallback)
}
