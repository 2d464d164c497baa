/** `"A"`, `"A" and "B"`, `"A", "B" and "C"`: names in a sentence. */
export function quotedList(names: string[]) {
  const quoted = names.map((name) => `"${name}"`)
  return quoted.length <= 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`
}
