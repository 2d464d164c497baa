/**
 * "Firefox on Windows", "curl", "Switchboard CLI 1.2": enough for a person
 * to recognise their own devices in the list of places they are signed
 * in. Not a full user-agent parser; unknown agents show as such.
 */
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\/\d/, 'Edge'],
  [/\bOPR\/\d|\bOpera\b/, 'Opera'],
  [/\bFirefox\/\d|\bFxiOS\/\d/, 'Firefox'],
  [/\bSamsungBrowser\/\d/, 'Samsung Internet'],
  [/(?:\b|Headless)Chrom(?:e|ium)\/\d|\bCriOS\/\d/, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
]

const SYSTEMS: [RegExp, string][] = [
  [/\bWindows\b/, 'Windows'],
  [/\biPhone\b|\biPad\b|\biOS\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b|\bX11\b/, 'Linux'],
]

export type Device = {
  /** In English, for the API: "Firefox on Windows", "curl 8.5.0", "Unknown device". */
  device: string
  /** The parts, so pages can say it in the reader's language. */
  browser: string | null
  system: string | null
}

export function describeDevice(userAgent: string | null | undefined): Device {
  const agent = (userAgent ?? '').trim()
  const browser = BROWSERS.find(([pattern]) => pattern.test(agent))?.[1] ?? null
  const system = SYSTEMS.find(([pattern]) => pattern.test(agent))?.[1] ?? null
  if (browser) {
    return { device: system ? `${browser} on ${system}` : browser, browser, system }
  }
  if (agent.startsWith('Mozilla/')) {
    return {
      device: system ? `Web browser on ${system}` : 'Web browser',
      browser: 'Web browser',
      system,
    }
  }
  /** Scripts and tools: their product token ("curl/8.5.0" → "curl 8.5.0"). */
  const product = agent.match(/^([A-Za-z][\w.-]{0,40})(?:\/([\w.-]{1,20}))?/)
  if (product) {
    return { device: product[2] ? `${product[1]} ${product[2]}` : product[1], browser, system }
  }
  return { device: 'Unknown device', browser, system }
}
