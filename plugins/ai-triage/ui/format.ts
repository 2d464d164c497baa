/** "42 %" of a share, "–" where there is nothing to divide. */
export function percent(part: number, whole: number) {
  return whole ? `${Math.round((part / whole) * 100)} %` : '–'
}

export function share(value: number | null | undefined) {
  return value === null || value === undefined ? '–' : `${(value * 100).toFixed(1)} %`
}

export const when = (iso: string) => new Date(iso).toLocaleString()
