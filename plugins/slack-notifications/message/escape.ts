/**
 * Slack's mrkdwn treats `<…>` as a link or mention (`<!channel>`,
 * `<@U123>`, `<https://evil|click>`) and `&` as the start of an entity.
 * Escaping exactly these three, as Slack documents, makes user text
 * inert: it shows as typed and can ping nobody.
 */
export function escapeMrkdwn(text: string) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/**
 * Escapes `text` and cuts it so the escaped result fits in `max`
 * characters (an ellipsis marks the cut). Cutting before escaping keeps
 * an entity (`&amp;`) from being split in half.
 */
export function escapeWithin(text: string, max: number) {
  const escaped = escapeMrkdwn(text)
  if (escaped.length <= max) return escaped
  let length = 0
  let kept = ''
  for (const char of text) {
    const size = escapeMrkdwn(char).length
    if (length + size > max - 1) break
    kept += char
    length += size
  }
  return escapeMrkdwn(kept) + '…'
}

/** Plain text (headers, plain_text objects) is not parsed for mentions: only cut it. */
export function clip(text: string, max: number) {
  const chars = [...text]
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…'
}

/** One line of at most `max` characters from Markdown-ish text (an excerpt). */
export function oneParagraph(text: string, max: number) {
  return clip(text.replace(/\s+/g, ' ').trim(), max)
}
