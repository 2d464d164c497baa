/*
|--------------------------------------------------------------------------
| Edge globals
|--------------------------------------------------------------------------
|
| Replaces @adonisjs/inertia's `inertia` global (used by the @inertia tag),
| which embeds the page data escaping only "/": a ticket titled
| `<!--<script>` broke every page that listed it. Edge runs plugins in the
| order they were added, before the first render; this one is added after
| the providers booted, so its definition wins.
|
*/

import edge from 'edge.js'
import router from '@adonisjs/core/services/router'
import { jsonForHtml } from '#helpers/html_json'

type InertiaPage = { ssrBody?: string } & Record<string, unknown>
type MountAttributes = { id?: string; class?: string; as?: string }

edge.use((instance) => {
  instance.global('inertia', (page: InertiaPage = {}, attributes: MountAttributes = {}) => {
    if (page.ssrBody) {
      return page.ssrBody
    }
    const id = attributes.id ?? 'app'
    const tag = attributes.as ?? 'div'
    const className = attributes.class ? ` class="${attributes.class}"` : ''
    return `<script data-page="${id}" type="application/json">${jsonForHtml(page)}</script><${tag} id="${id}"${className}></${tag}>`
  })
})

/**
 * Plugin routes, for the browser's route registry (resources/js/client.ts):
 * the generated registry knows the plugins present when it was generated,
 * this adds those the server loaded, so `<Link route="plugins.…">` and
 * `urlFor` work for every plugin. Names and patterns only, as in the
 * generated registry; fixed once the routes are committed.
 */
let pluginRoutes: string | null = null
edge.global('pluginRoutes', () => {
  pluginRoutes ??= jsonForHtml(
    Object.fromEntries(
      Object.values(router.toJSON())
        .flat()
        .filter((route) => route.name?.startsWith('plugins.'))
        .map((route) => [
          route.name,
          { methods: route.methods, pattern: route.pattern, tokens: route.tokens },
        ])
    )
  )
  return `<script id="plugin-routes" type="application/json">${pluginRoutes}</script>`
})
