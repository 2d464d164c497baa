import { computed } from 'vue'
import { usePage } from '@inertiajs/vue3'
import { de } from '~/i18n/de'

const catalogs: Record<string, Record<string, string>> = { de }

type Params = Record<string, string | number>

function interpolate(text: string, params?: Params) {
  if (!params) {
    return text
  }
  return text.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in params ? String(params[key]) : match
  )
}

/**
 * Translation and locale-aware formatting for the signed-in user's
 * language. Keys are the English text; missing translations fall back to it.
 * Every date on a page is formatted here, in the viewer's time zone (their
 * own, else the organization's), never the browser's: an agent travelling
 * or a shared kiosk still sees the helpdesk's times. ESLint keeps other
 * files from formatting dates themselves.
 */
export function useI18n() {
  const page = usePage()
  const locale = computed(() => page.props.user?.locale ?? document.documentElement.lang ?? 'en')
  /** Undefined for guests: the browser's zone. */
  const timeZone = computed(() => page.props.user?.timeZone)

  function t(text: string, params?: Params) {
    const catalog = catalogs[locale.value]
    return interpolate(catalog?.[text] ?? text, params)
  }

  function formatDateTime(iso: string | null | undefined) {
    if (!iso) {
      return ''
    }
    return new Intl.DateTimeFormat(locale.value, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: timeZone.value,
    }).format(new Date(iso))
  }

  /**
   * A calendar day ('2026-03-01', a report's period) as day and month, short
   * ("Mar 1", "1. März"): it is a date, not an instant, so no zone moves it.
   */
  function formatDay(day: string) {
    return new Intl.DateTimeFormat(locale.value, {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${day}T00:00:00Z`))
  }

  function formatNumber(value: number) {
    return new Intl.NumberFormat(locale.value).format(value)
  }

  return { t, locale, timeZone, formatDateTime, formatDay, formatNumber }
}
