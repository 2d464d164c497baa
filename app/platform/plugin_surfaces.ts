import type {
  ActionOptions,
  ApiOptions,
  CommandFlags,
  CommandHandler,
  InstallationCommandHandler,
  CommandOptions,
  HttpMethod,
  PageArea,
  PageOptions,
  RouteRole,
} from '#platform/define_plugin'

/**
 * What a plugin adds beyond hooks: pages, form actions, API routes and
 * ace commands, as collected from `register(hooks)`, checked so that a
 * plugin written in plain JavaScript cannot register a broken route.
 */

type Any = any

export type PageRegistration = Required<Pick<PageOptions<Any>, 'name' | 'path' | 'component'>> & {
  area: PageArea
  title: string
  nav: boolean
  role: RouteRole
  load?: PageOptions<Any>['load']
}
export type ActionRegistration = Required<Omit<ActionOptions<Any>, 'role'>> & { role: RouteRole }
export type ApiRegistration = Required<Omit<ApiOptions<Any>, 'role'>> & { role: RouteRole }
export type CommandRegistration = {
  name: string
  options: CommandOptions<CommandFlags>
  handler: CommandHandler<Any, CommandFlags> | InstallationCommandHandler<CommandFlags>
}

export type Surfaces = {
  pages: PageRegistration[]
  actions: ActionRegistration[]
  apis: ApiRegistration[]
  commands: CommandRegistration[]
}

export function emptySurfaces(): Surfaces {
  return { pages: [], actions: [], apis: [], commands: [] }
}

const AREAS: PageArea[] = ['admin', 'desk', 'profile']
const ROLES: RouteRole[] = ['admin', 'agent', 'user']
const METHODS: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete']
const DEFAULT_PAGE_ROLE: Record<PageArea, RouteRole> = {
  admin: 'admin',
  desk: 'agent',
  profile: 'user',
}

const ROUTE_NAME = /^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)*$/
const PATH =
  /^\/([A-Za-z0-9_.~-]+|:[a-zA-Z][a-zA-Z0-9_]*)?(\/([A-Za-z0-9_.~-]+|:[a-zA-Z][a-zA-Z0-9_]*))*$/
const COMPONENT = /^[A-Z][A-Za-z0-9]*$/
const COMMAND = /^[a-z][a-z0-9-]*$/
const FLAG = /^[a-z][a-zA-Z0-9]*$/

/** The registrar's methods for surfaces; `refuse` throws the manifest error. */
export function surfaceRegistrar(surfaces: Surfaces, refuse: (message: string) => never) {
  const checkName = (name: unknown, what: string) => {
    if (typeof name !== 'string' || !ROUTE_NAME.test(name)) {
      refuse(`${what} name "${String(name)}" must be lower-case words joined by dots`)
    }
  }
  const checkPath = (path: unknown, name: string) => {
    const dotsOnly = typeof path === 'string' && path.split('/').some((part) => /^\.+$/.test(part))
    if (typeof path !== 'string' || !PATH.test(path) || dotsOnly) {
      refuse(
        `route "${name}": path "${String(path)}" must start with / and hold only plain segments or :params`
      )
    }
  }
  const checkRole = (role: unknown, name: string) => {
    if (role !== undefined && !ROLES.includes(role as RouteRole)) {
      refuse(`route "${name}": role "${String(role)}" is not one of ${ROLES.join(', ')}`)
    }
  }
  /** Pages and actions share the `plugins.<id>.` names and the /plugins/<id> paths. */
  const checkWebRoute = (name: string, method: string, path: string) => {
    if (name === 'api' || name.startsWith('api.'))
      refuse(`route name "${name}" is reserved for API routes`)
    const taken = [...surfaces.pages.map((p) => ({ ...p, method: 'get' })), ...surfaces.actions]
    if (taken.some((route) => route.name === name)) refuse(`registers route "${name}" twice`)
    if (taken.some((route) => route.method === method && route.path === path))
      refuse(`registers ${method.toUpperCase()} ${path} twice`)
  }

  return {
    page(area: PageArea, options: PageOptions<Any>) {
      if (!AREAS.includes(area)) refuse(`unknown page area "${area}"`)
      checkName(options?.name, 'page')
      checkPath(options.path, options.name)
      checkRole(options.role, options.name)
      if (!COMPONENT.test(options.component ?? ''))
        refuse(`page "${options.name}": component "${options.component}" is not PascalCase`)
      if (!options.title?.trim()) refuse(`page "${options.name}" has no title`)
      checkWebRoute(options.name, 'get', options.path)
      surfaces.pages.push({
        area,
        name: options.name,
        path: options.path,
        component: options.component,
        title: options.title,
        nav: options.nav ?? true,
        role: options.role ?? DEFAULT_PAGE_ROLE[area],
        load: options.load,
      })
    },
    action(options: ActionOptions<Any>) {
      checkName(options?.name, 'action')
      checkPath(options.path, options.name)
      checkRole(options.role, options.name)
      if (!METHODS.includes(options.method) || (options.method as string) === 'get')
        refuse(`action "${options.name}": method must be post, put, patch or delete`)
      if (typeof options.handle !== 'function') refuse(`action "${options.name}" has no handle`)
      checkWebRoute(options.name, options.method, options.path)
      surfaces.actions.push({ ...options, role: options.role ?? 'admin' })
    },
    api(options: ApiOptions<Any>) {
      checkName(options?.name, 'API route')
      checkPath(options.path, options.name)
      checkRole(options.role, options.name)
      if (!METHODS.includes(options.method))
        refuse(`API route "${options.name}": method must be get, post, put, patch or delete`)
      if (typeof options.handle !== 'function') refuse(`API route "${options.name}" has no handle`)
      if (!options.summary?.trim()) refuse(`API route "${options.name}" has no summary`)
      if (surfaces.apis.some((route) => route.name === options.name))
        refuse(`registers API route "${options.name}" twice`)
      if (surfaces.apis.some((r) => r.method === options.method && r.path === options.path))
        refuse(`registers API ${options.method.toUpperCase()} ${options.path} twice`)
      surfaces.apis.push({ ...options, role: options.role ?? 'agent' })
    },
    command(
      name: string,
      options: CommandOptions<CommandFlags>,
      handler: CommandHandler<Any, Any> | InstallationCommandHandler<Any>
    ) {
      if (typeof name !== 'string' || !COMMAND.test(name))
        refuse(`command name "${String(name)}" must be lower-case letters, digits and dashes`)
      if (surfaces.commands.some((command) => command.name === name))
        refuse(`registers command "${name}" twice`)
      if (!options?.description?.trim()) refuse(`command "${name}" has no description`)
      for (const [flag, spec] of Object.entries(options.flags ?? {})) {
        if (!FLAG.test(flag) || flag === 'organization' || flag === 'help')
          refuse(`command "${name}": flag "${flag}" must be camelCase and not a reserved name`)
        if (!['string', 'number', 'boolean'].includes(spec?.type))
          refuse(`command "${name}": flag "${flag}" must be string, number or boolean`)
      }
      if (![undefined, 'organizations', 'installation'].includes(options.scope))
        refuse(`command "${name}": scope must be 'organizations' or 'installation'`)
      if (typeof handler !== 'function') refuse(`command "${name}" has no handler`)
      surfaces.commands.push({ name, options, handler })
    },
  }
}
