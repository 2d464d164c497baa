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
