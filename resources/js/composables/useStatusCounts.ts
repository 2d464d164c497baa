import { computed } from 'vue'
import { useI18n } from '~/i18n'

/** What a ticket list says about its tickets per status (see TicketQuery.list). */
export type StatusCountProps = {
  counts: Record<string, number>
  /** Statuses whose figure is a lower bound: the list stopped counting there. */
  countsCapped: string[]
  /** A search counted its newest matches only: a status without a figure may still have some. */
  countsPartial: boolean
}

/**
 * The figures beside a status filter: "(12)", "(1,000+)" where counting
 * stopped, and nothing where a search did not count far enough to know.
 */
export function useStatusCounts(props: StatusCountProps) {
  const { formatNumber } = useI18n()

  function figure(count: number, capped: boolean) {
    return `${formatNumber(count)}${capped ? '+' : ''}`
  }

  function countLabel(status: string) {
    const count = props.counts[status]
    if (count === undefined) {
      return props.countsPartial ? '' : ' (0)'
    }
    return ` (${figure(count, props.countsCapped.includes(status))})`
  }

  const totalLabel = computed(() => {
    const total = Object.values(props.counts).reduce((sum, n) => sum + n, 0)
    return ` (${figure(total, props.countsCapped.length > 0)})`
  })

  return { countLabel, totalLabel }
}
