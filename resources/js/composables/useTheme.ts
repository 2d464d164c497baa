import { usePage } from '@inertiajs/vue3'
import { useRouter } from '@adonisjs/inertia/vue'

export type ThemeChoice = 'system' | 'light' | 'dark'

export type UseThemeReturn = {
  isDark: () => boolean
  apply: (theme: ThemeChoice) => void
  toggle: () => void
}

function prefersDark() {
  return window.matchMedia('(prefers-color-scheme: dark)').matches
}

/**
 * The stored theme drives the <html> class; toggling applies it at once
 * and saves it on the user.
 */
export function useTheme(): UseThemeReturn {
  const page = usePage()
  const router = useRouter()
  function apply(theme: ThemeChoice) {
    const root = document.documentElement
    root.dataset.theme = theme
    root.classList.toggle('dark', theme === 'dark' || (theme === 'system' && prefersDark()))
  }

  function isDark() {
    return document.documentElement.classList.contains('dark')
  }

  function toggle() {
    const next: ThemeChoice = isDark() ? 'light' : 'dark'
    apply(next)
    if (page.props.user) {
      router.put(
        { route: 'profile.update_theme' },
        { theme: next },
        { preserveScroll: true, preserveState: true }
      )
    }
  }

  return { isDark, apply, toggle }
}
