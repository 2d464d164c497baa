import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'

/**
 * Only the Chart.js parts the reports draw (bars, a line, category and
 * linear axes, the tooltip) are registered: the other chart types and
 * plugins stay out of the bundle, which only the report pages load. The
 * legend is HTML beside the canvas, not Chart.js's, so it follows the page.
 */
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip
)

export type ChartInk = { text: string; grid: string; font: string; reducedMotion: boolean }

/**
 * The page's own colours for the axes and grid, read from the element's
 * Tailwind classes (text-ink-muted, border-line) rather than repeated here,
 * and read again when the theme switches between light and dark.
 */
export function useChartInk(probe: Readonly<Ref<HTMLElement | null>>) {
  const ink = ref<ChartInk | null>(null)
  let observer: MutationObserver | null = null

  function read() {
    if (!probe.value) return
    const style = getComputedStyle(probe.value)
    ink.value = {
      text: style.color,
      grid: style.borderTopColor,
      font: style.fontFamily,
      reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    }
  }

  onMounted(() => {
    read()
    observer = new MutationObserver(read)
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] })
  })
  onBeforeUnmount(() => observer?.disconnect())

  return ink
}
