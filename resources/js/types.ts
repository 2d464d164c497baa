import type { Data } from '@generated/data'
import type { InferFlashData } from '@adonisjs/inertia/types'
import type InertiaMiddleware from '#middleware/inertia_middleware'

declare module '@inertiajs/core' {
  interface InertiaConfig {
    sharedPageProps: Data.SharedProps
    flashDataType: InferFlashData<InertiaMiddleware>
  }
}

export type { PanelData, PanelView } from '#platform/catalogue'
import type { PanelData } from '#platform/catalogue'

/** What a plugin page receives from the server, in whichever area it lives. */
export type PluginPageView = {
  plugin: string
  component: string
  title: string
  data: PanelData | null
  urls: Record<string, string>
}
import type { Badge, Suggestion } from '#platform/catalogue'

/** A plugin's badge in a list cell, and a plugin's text to insert, as pages receive them. */
export type BadgeView = Badge & { plugin: string }
export type SuggestionView = Suggestion & { plugin: string }
/** A plugin's sort of the desk list (`hooks.sort`): `value` goes into the `sort` filter. */
export type PluginSortOption = { value: string; label: string }

export type Viewer = NonNullable<Data.SharedProps['user']>

/** The shape of a Lucid paginator after a transformer's paginate(). */
export type Paginated<T> = {
  data: T[]
  metadata: {
    total: number
    perPage: number
    currentPage: number
    lastPage: number
    firstPage: number
    /** The total is a lower bound: the list counted that far and stopped ("1,000+"). */
    totalCapped?: boolean
  }
}
