import { Message, type Params } from '#i18n/message'

/** A Message's params as JSON: a nested Message is kept as `{ text, params }` under `$message`. */
export type StoredParams = {
  [name: string]: string | number | { $message: { text: string; params: StoredParams } }
}

/**
 * Messages written to the database (a timeline entry's reason) and read
 * back later in the reader's language. Params may nest messages, e.g. a
 * rule's sentence followed by the list of agents it skipped.
 */
export function storeParams(params: Params): StoredParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      value instanceof Message
        ? { $message: { text: value.text, params: storeParams(value.params) } }
        : value,
    ])
  )
}

export function restoreMessage(text: string, params: StoredParams | null): Message {
  const restored: Params = {}
  for (const [name, value] of Object.entries(params ?? {})) {
    restored[name] =
      typeof value === 'object' && value !== null
        ? restoreMessage(value.$message.text, value.$message.params)
        : value
  }
  return new Message(text, restored)
}
