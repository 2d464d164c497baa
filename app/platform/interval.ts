const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 }

/** "30s", "5m", "1h" or milliseconds, to milliseconds; at least one second. */
export function parseInterval(every: number | string) {
  const ms =
    typeof every === 'number'
      ? every
      : (() => {
          const match = every.trim().match(/^(\d+)\s*([smh])$/)
          if (!match) {
            throw new Error(`interval "${every}" is not like "30s", "5m" or "1h"`)
          }
          return Number(match[1]) * UNITS[match[2]]
        })()
  if (!Number.isInteger(ms) || ms < 1000) {
    throw new Error(
      `interval ${typeof every === 'number' ? `${every} ms` : `"${every}"`} is shorter than one second`
    )
  }
  return ms
}
