export type Params = { [name: string]: string | number | Message }

/**
 * Replaces `{name}` placeholders (the client's syntax, resources/js/i18n)
 * with params; a nested Message is rendered by `render` in the same
 * language as its host. VineJS's `{{ field }}` has spaces inside and is
 * left for VineJS.
 */
export function interpolate(text: string, params: Params, render: (message: Message) => string) {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name]
    if (value === undefined) {
      return match
    }
    return value instanceof Message ? render(value) : String(value)
  })
}

/**
 * A sentence to be put into words later, in the language of whoever reads
 * it: a form error raised deep in a service, a skipped ticket's reason.
 * The English text is the key, as on the client (gettext style).
 */
export class Message {
  constructor(
    readonly text: string,
    readonly params: Params = {}
  ) {}

  /** English: for logs, the CLI and code that never reaches a person's screen. */
  toString(): string {
    return interpolate(this.text, this.params, (nested) => nested.toString())
  }
}

/**
 * Marks an English text for translation. Always pass a string literal:
 * the completeness test (tests/unit/i18n/catalogue.spec.ts) finds the
 * texts to translate by reading these calls (and the translator's) in the
 * source.
 */
export function msg(text: string, params?: Params) {
  return new Message(text, params)
}
