/**
 * JSON that is safe inside an HTML <script> element: `<`, `>` and `&` (and
 * the JavaScript line separators) become \u escapes, which JSON.parse
 * reads back unchanged. Without this a value containing `<!--<script>` or
 * `</script>` would change how the HTML parser reads the rest of the page.
 */
const UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

export function jsonForHtml(value: unknown) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE[char])
}
