import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import BaseInertiaMiddleware from '@adonisjs/inertia/inertia_middleware'
import { areasFor } from '#services/areas'
import { resolveLocale } from '#services/locales'
import { zoneOf } from '#services/time_zones'
import type User from '#models/user'
import Organization from '#models/organization'
import { pluginNavigation } from '#platform/plugin_navigation'
import AvailabilityService from '#services/availability_service'

type Viewer = {
  id: number
  name: string
  email: string
  role: User['role']
  theme: User['theme']
  locale: string
  /** The zone every date on the page is shown in: the user's own, else the organization's. */
  timeZone: string
  initials: string
  organization: { id: number; name: string }
  areas: string[]
  /** Whether automatic assignment gives them tickets now (the desk header's switch). */
  availability: { available: boolean; awayUntil: string | null }
}

function initialsOf(name: string) {
  const parts = name.trim().split(/\s+/)
  const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : name.slice(0, 2)
  return letters.toUpperCase()
}

export default class InertiaMiddleware extends BaseInertiaMiddleware {
  /**
   * The viewer's preferences shape the HTML shell itself (theme class,
   * lang attribute), so they are resolved once and shared with Edge too.
   */
  private async viewer(ctx: Partial<HttpContext>): Promise<Viewer | null> {
    const user = ctx.auth?.user
    if (!user) {
      return null
    }
    const organization = await Organization.findOrFail(user.organizationId)
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      theme: user.theme,
      locale: resolveLocale(user.locale, organization.defaultLocale),
      timeZone: zoneOf(user, organization),
      initials: initialsOf(user.name),
      organization: { id: organization.id, name: organization.name },
      areas: [...areasFor(user.role)],
      availability: AvailabilityService.view(user),
    }
  }

  /**
   * share() may run before session and auth are set up (a 404 rendered
   * early), so every context property is treated as optional.
   */
  async share(ctx: HttpContext) {
    const viewer = await this.viewer(ctx as Partial<HttpContext>)
    ;(ctx as Partial<HttpContext>).view?.share({
      theme: viewer?.theme ?? 'system',
      locale: viewer?.locale ?? (ctx as Partial<HttpContext>).translator?.locale ?? 'en',
    })
    return {
      errors: ctx.inertia.always(this.validationErrors(ctx)),
      user: ctx.inertia.always(viewer),
      /** Plugin pages in the admin and desk navigation and the profile's tabs. */
      pluginNav: ctx.inertia.always(await this.pluginNav(ctx as Partial<HttpContext>)),
    }
  }

  private async pluginNav(ctx: Partial<HttpContext>) {
    const user = ctx.auth?.user
    return user ? pluginNavigation(user) : { admin: [], desk: [], profile: [] }
  }

  /**
   * With an error bag the base class answers `{ bag: {} }` even when there
   * are no errors, and Inertia treats any key under `errors` as a failed
   * submission (onError instead of onSuccess, no reset-on-success). An
   * empty bag is therefore sent as no errors at all.
   */
  private validationErrors(ctx: HttpContext) {
    const errors = this.getValidationErrors(ctx)
    const bag = ctx.request.header('X-Inertia-Error-Bag')
    const scoped = bag ? (errors as Record<string, Record<string, string> | undefined>)[bag] : null
    if (bag && Object.keys(scoped ?? {}).length === 0) {
      return {} as typeof errors
    }
    return errors
  }

  /**
   * A partial reload (a deferred prop loading after the page) answers no
   * flash: the page it belongs to has shown it already, and a reload that
   * raced the page's session commit would otherwise show it a second time.
   */
  flash(ctx: HttpContext) {
    const partial = (ctx as Partial<HttpContext>).request?.header('x-inertia-partial-data')
    const session = partial ? undefined : (ctx as Partial<HttpContext>).session
    const errorsBag = session?.flashMessages.get('errorsBag') ?? {}
    const bagError = Object.entries(errorsBag as Record<string, string>)
      .filter(([code]) => code !== 'E_VALIDATION_ERROR')
      .map(([, message]) => message)[0]
    return {
      success: session?.flashMessages.get('success') as string | undefined,
      warning: session?.flashMessages.get('warning') as string | undefined,
      error: (session?.flashMessages.get('error') as string | undefined) ?? bagError,
    }
  }

  async handle(ctx: HttpContext, next: NextFn) {
    await this.init(ctx)
    const output = await next()
    this.dispose(ctx)
    return output
  }
}

declare module '@adonisjs/inertia/types' {
  type MiddlewareSharedProps = InferSharedProps<InertiaMiddleware>
  export interface SharedProps extends MiddlewareSharedProps {}
}
