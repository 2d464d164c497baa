import type { StoredMessage } from './slack_stand_in.js'

/**
 * The stand-in's channels as a page (`GET /` on the stand-in), so a
 * browser test, or a person trying the plugin, sees what Slack would
 * show: each channel's messages with their Block Kit, the "edited" mark
 * of an updated message, and its thread's replies beneath it.
 */

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!
  )

/** Slack's mrkdwn as it shows: entities decoded by Slack, then *bold* and <url|label> links. */
function mrkdwn(text: string) {
  const decoded = text.replaceAll('&lt;', '\u2039').replaceAll('&gt;', '\u203a')
  return escapeHtml(decoded.replaceAll('&amp;', '&'))
    .replace(/\*([^*\n]+)\*/g, '<strong>$1</strong>')
    .replace(/&lt;(https?:[^|&]+)\|([^&]+)&gt;/g, '<a href="$1">$2</a>')
    .replaceAll('\n', '<br>')
}

type Block = {
  type: string
  text?: { text: string }
  fields?: { text: string }[]
  elements?: { text?: string }[]
}

function block(entry: Block) {
  switch (entry.type) {
    case 'header':
      return `<h3>${escapeHtml(entry.text?.text ?? '')}</h3>`
    case 'section': {
      const fields = (entry.fields ?? []).map((field) => `<dd>${mrkdwn(field.text)}</dd>`).join('')
      const text = entry.text ? `<p>${mrkdwn(entry.text.text)}</p>` : ''
      return `${text}${fields ? `<dl class="fields">${fields}</dl>` : ''}`
    }
    case 'context':
      return `<p class="context">${(entry.elements ?? []).map((element) => mrkdwn(element.text ?? '')).join(' · ')}</p>`
    default:
      return ''
  }
}

function message(entry: StoredMessage, role: string) {
  const blocks = (entry.blocks as Block[] | undefined)?.map(block).join('') ?? mrkdwn(entry.text)
  const edited = entry.edited ? '<span class="edited">(edited)</span>' : ''
  return `<article data-role="${role}" data-ts="${entry.ts}">${blocks}${edited}</article>`
}

export function renderChannels(
  channels: Map<string, StoredMessage[]>,
  replies: (channel: string, ts: string) => StoredMessage[]
) {
  const sections = [...channels.entries()].map(([channel, messages]) => {
    const threads = messages
      .filter((entry) => !entry.thread_ts || entry.thread_ts === entry.ts)
      .map((parent) => {
        const thread = replies(channel, parent.ts)
          .map((reply) => `<li>${message(reply, 'reply')}</li>`)
          .join('')
        return `<li>${message(parent, 'parent')}${thread ? `<ol class="thread" aria-label="Thread">${thread}</ol>` : ''}</li>`
      })
      .join('')
    return `<section aria-label="#${channel}" data-channel="${channel}"><h2>#${channel}</h2><ol>${threads}</ol></section>`
  })
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slack stand-in</title>
<style>
body{font:15px/1.4 system-ui,sans-serif;margin:1.5rem;background:#f8f8f8;color:#1d1c1d}
section{background:#fff;border:1px solid #ddd;border-radius:8px;padding:.5rem 1rem;margin-bottom:1rem}
ol{list-style:none;padding:0}article{border-left:4px solid #611f69;padding:.25rem .75rem;margin:.5rem 0}
.thread{margin-left:2rem}.thread article{border-color:#1264a3}h3{margin:.2rem 0}
.fields{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:.25rem 1rem;margin:.25rem 0}
.fields dd{margin:0}.context{color:#616061;font-size:13px}.edited{color:#616061;font-size:12px}
</style></head><body><h1>Slack stand-in</h1>${sections.join('') || '<p>No messages yet.</p>'}</body></html>`
}
