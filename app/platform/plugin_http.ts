import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import type { JsonValue, PanelData } from '#platform/catalogue'
import type { ActionResult, PageArea, PluginRequest, SettingsSchema } from '#platform/define_plugin'
import Installations from '#platform/installations'
import type { LoadedPlugin } from '#platform/plugin_catalog'
import type {
  ActionRegistration,
  ApiRegistration,
  PageRegistration,
} from '#platform/plugin_surfaces'
import { pluginContext } from '#platform/plugin_context'
import { pluginLogger } from '#platform/hook_executor'
import { userSnapshot } from '#platform/snapshots'
import NotFoundException from '#exceptions/not_found_exception'
import { HostNotFound } from '#platform/errors'

/**
 * How long a plugin route handler may take before its signal fires; the
 * request is not cut off (the handler decides), but fetch and the host API
 * stop when passed the signal.
 */
const ROUTE_BUDGET_MS = 10_000

/** The Inertia page, per area, that renders a plugin's page component in the area's layout. */
export const PAGE_COMPONENTS = {
  admin: 'admin/plugin_page',
  desk: 'desk/plugin_page',
  profile: 'profile/plugin_page',
} as const satisfies Record<PageArea, string>

/** Route name of a plugin's page or action, and of its API routes. */
export const webRouteName = (pluginId: string, name: string) => `plugins.${pluginId}.${name}`
export const apiRouteName = (pluginId: string, name: string) => `plugins.${pluginId}.api.${name}`
export const webPath = (pluginId: string, path: string) =>
  `/plugins/${pluginId}${path === '/' ? '' : path}`
export const apiPath = (pluginId: string, path: string) =>
  `/api/v1/plugins/${pluginId}${path === '/' ? '' : path}`

/** The request as a plugin sees it: no HttpContext, only what a handler needs. */
function pluginRequest(ctx: HttpContext): PluginRequest {
  const user = ctx.auth.getUserOrFail()
  return {
    params: Object.fromEntries(
      Object.entries(ctx.params as Record<string, unknown>).map(([k, v]) => [k, String(v)])
    ),
    query: ctx.request.qs(),
    user: userSnapshot(user),
    validate: <Schema extends SettingsSchema>(schema: Schema) =>
      ctx.request.validateUsing(vine.create(schema)) as never,
  }
}

/** The handler's context, for the signed-in user's organization (which enabled the plugin). */
async function contextFor(ctx: HttpContext, plugin: LoadedPlugin, hook: string) {
  const organizationId = ctx.auth.getUserOrFail().organizationId
  const installed = await Installations.isActive(organizationId, plugin.id)
  if (!installed) {
    throw new NotFoundException()
  }
  return pluginContext(
    {
      pluginId: plugin.id,
      pluginName: plugin.manifest?.name ?? plugin.id,
      organizationId,
      signal: AbortSignal.timeout(ROUTE_BUDGET_MS),
    },
    installed.settings,
    pluginLogger(plugin, hook, organizationId)
  )
}

/** Every named route of the plugin: local name → URL pattern (what a page gets as `urls`). */
export function pluginUrls(plugin: LoadedPlugin) {
  const urls: Record<string, string> = {}
  for (const route of [...plugin.hooks.pages, ...plugin.hooks.actions]) {
    urls[route.name] = webPath(plugin.id, route.path)
  }
  for (const route of plugin.hooks.apis) {
    urls[`api.${route.name}`] = apiPath(plugin.id, route.path)
  }
  return urls
}

/**
 * A handler that throws HostNotFound (a record of another organization, or
 * none at all: `/calendars/999`) answers 404 like the core's own routes,
 * not 500.
 */
async function notFoundAs404<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof HostNotFound) throw new NotFoundException()
    throw error
  }
}

export function pageHandler(plugin: LoadedPlugin, page: PageRegistration) {
  return async (ctx: HttpContext) => {
    const context = await contextFor(ctx, plugin, `page:${page.name}`)
    const data: PanelData | null = page.load
      ? await notFoundAs404(() => page.load!(pluginRequest(ctx), context))
      : null
    return ctx.inertia.render(PAGE_COMPONENTS[page.area], {
      plugin: plugin.id,
      component: page.component,
      title: page.title,
      data,
      urls: pluginUrls(plugin),
    })
  }
}

/** Where an action's `redirect` leads: a path of this site, or one of the plugin's own route names. */
function redirectTarget(plugin: LoadedPlugin, target: string) {
  if (target.startsWith('/') && !target.startsWith('//')) {
    return target
  }
  const page = plugin.hooks.pages.find((candidate) => candidate.name === target)
  if (page && !page.path.includes(':')) {
    return webPath(plugin.id, page.path)
  }
  throw new Error(`plugin ${plugin.id}: cannot redirect to "${target}" (a path or a page name)`)
}

export function actionHandler(plugin: LoadedPlugin, action: ActionRegistration) {
  return async (ctx: HttpContext) => {
    const context = await contextFor(ctx, plugin, `action:${action.name}`)
    const result: ActionResult = await notFoundAs404(() =>
      action.handle(pluginRequest(ctx), context)
    )
    if (result?.toast) {
      ctx.session.flash('success', result.toast)
    }
    if (result?.redirect) {
      return ctx.response.redirect(redirectTarget(plugin, result.redirect))
    }
    return ctx.response.redirect().back()
  }
}

export function apiHandler(plugin: LoadedPlugin, route: ApiRegistration) {
  return async (ctx: HttpContext) => {
    const context = await contextFor(ctx, plugin, `api:${route.name}`)
    const data: JsonValue | undefined = await notFoundAs404(() =>
      route.handle(pluginRequest(ctx), context)
    )
    return ctx.response.json({ data: data ?? null })
  }
}
