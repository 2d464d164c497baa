import MarkdownIt from 'markdown-it'
import sanitizeHtml from 'sanitize-html'

/**
 * Markdown as people type it in replies, rendered to HTML that is safe in
 * a page, an API response or an e-mail. Two layers: markdown-it never
 * passes raw HTML through (html: false) and refuses unsafe link schemes;
 * sanitize-html then keeps only an allow-list of tags and attributes, so no
 * script, event handler, javascript: URL or style survives either way.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false })

/**
 * Decides, for the URL of a Markdown image, the address to show it from
 * inline (always on this install, so the CSP's img-src 'self' holds), or
 * null to show it as a link instead.
 */
export type ImageSource = (url: string) => string | null

const escape = markdown.utils.escapeHtml

/**
 * Images are the one place a message could make a reader's browser fetch
 * something: only those the caller vouches for become <img>; any other
 * image is a plain link (which the sanitizer below still vets).
 */
markdown.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index]
  const url = String(token.attrGet('src') ?? '')
  const alt = self.renderInlineAsText(token.children ?? [], options, env)
  const inline = (env as { images?: ImageSource } | undefined)?.images?.(url) ?? null
  if (inline) {
    return `<img src="${escape(inline)}" alt="${escape(alt)}">`
  }
  return `<a href="${escape(url)}">${escape(alt || url)}</a>`
}

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'strong',
  'em',
  's',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'img',
]

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    img: ['src', 'alt'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  /** Inline images come only from paths on this install: no scheme, so no other host. */
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src?.startsWith('/'),
  disallowedTagsMode: 'escape',
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' },
    }),
  },
}

/** Without `images`, every image is rendered as a link. */
export function renderMarkdown(source: string, images?: ImageSource): string {
  return sanitizeHtml(markdown.render(source, { images }), SANITIZE)
}

/**
 * Rendered HTML for an e-mail: an inline image needs the reader's session,
 * which a mail client does not have, so it becomes a link to the file on
 * `baseUrl` instead.
 */
export function inlineImagesAsLinks(html: string, baseUrl: string): string {
  return sanitizeHtml(html, {
    ...SANITIZE,
    /** The filter sees the original tag with the new attributes: it would drop every link made here. */
    exclusiveFilter: undefined,
    transformTags: {
      ...SANITIZE.transformTags,
      img: (_tagName, attribs) => ({
        tagName: 'a',
        attribs: {
          href: new URL(attribs.src ?? '/', baseUrl).href,
          rel: 'noopener noreferrer nofollow',
          target: '_blank',
        },
        text: attribs.alt || attribs.src || '',
      }),
    },
  })
}

/** Plain text for e-mail text parts and previews. */
export function markdownToText(source: string): string {
  return sanitizeHtml(markdown.render(source), { allowedTags: [], allowedAttributes: {} })
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
