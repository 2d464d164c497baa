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
 */
export function useI18n() {
  const page = usePage()
  const locale = computed(() => page.props.user?.locale ?? document.documentElement.lang ?? 'en')

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
    }).format(new Date(iso))
  }

  function formatNumber(value: number) {
    return new Intl.NumberFormat(locale.value).format(value)
  }

  return { t, locale, formatDateTime, formatNumber }
}
