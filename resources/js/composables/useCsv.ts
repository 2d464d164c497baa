/** A cell as CSV wants it: quoted when it holds a separator, a quote or a line break. */
function cell(value: string | number | null) {
  const text = value === null ? '' : String(value)
  // A leading =, +, - or @ would be a formula in a spreadsheet: keep it text.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Builds a CSV file from a header and rows and hands it to the browser as a download. */
export function useCsv() {
  function text(header: string[], rows: (string | number | null)[][]) {
    return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
  }
  function download(fileName: string, header: string[], rows: (string | number | null)[][]) {
    const blob = new Blob(['\uFEFF', text(header, rows)], { type: 'text/csv;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    document.body.append(link)
    link.click()
    link.remove()
    URL.revokeObjectURL(url)
  }
  return { text, download }
}
