import vine from '@vinejs/vine'
import { HostNotFound, type HostUser, type PluginRequest } from '#platform/sdk'
import Calendars from '../data/calendars.js'
import Policies from '../data/policies.js'
import type { Policy } from '../policies/policy.js'
import { recomputeStatus, requestRecompute } from '../tracking/recompute.js'
import type { Context, Hooks } from '../types.js'
import type {
  GroupChoice,
  PoliciesPage,
  PolicyChoices,
  PolicyFormPage,
  PolicyView,
} from '../ui/types.js'
import { activeStaff } from './agents.js'
import { idParam, readBody } from './form_input.js'
import { checkPolicy } from './policy_checks.js'
import { validatePolicyShape } from './policy_validator.js'

/** Admin → SLA policies: the ordered list, move up/down, the create/edit form with its ladder, delete. */

function view(policy: Policy, calendarName: string): PolicyView {
  return {
    id: policy.id,
    position: policy.position,
    name: policy.name,
    conditions: {
      priority: policy.conditions.priority.map(String) as PolicyView['conditions']['priority'],
      group: policy.conditions.group.map(Number),
      category: policy.conditions.category.map(Number),
    },
    calendarId: policy.calendarId,
    calendarName,
    firstResponseMinutes: policy.firstResponseMinutes,
    nextResponseMinutes: policy.nextResponseMinutes,
    resolutionMinutes: policy.resolutionMinutes,
    nextResponseMode: policy.nextResponseMode,
    ladder: policy.ladder.map((step) => ({
      ...step,
      actions: step.actions.map((a) => ({ ...a })),
    })),
  }
}

async function groupChoices(context: Context): Promise<GroupChoice[]> {
  const tree = await context.taxonomy.tree()
  return tree.map((group) => ({
    id: group.id,
    name: group.name,
    categories: group.categories.map((category) => ({ id: category.id, name: category.name })),
  }))
}

async function choices(context: Context): Promise<PolicyChoices> {
  const [calendars, groups, agents] = await Promise.all([
    new Calendars(context.db).list(),
    groupChoices(context),
    activeStaff(context),
  ])
  return {
    calendars: calendars.map((calendar) => ({ id: calendar.id, name: calendar.name })),
    groups,
    agents,
  }
}

/** The organization's policy with this path id, or 404. */
async function policyOf(request: PluginRequest, context: Context) {
  const id = idParam(request.params.id)
  const policy = id ? await new Policies(context.db).find(id) : null
  if (!policy) throw new HostNotFound('policy', request.params.id)
  return policy
}

async function listPolicies(context: Context): Promise<PoliciesPage> {
  const [policies, calendars, groups, recompute] = await Promise.all([
    new Policies(context.db).list(),
    new Calendars(context.db).list(),
    groupChoices(context),
    recomputeStatus(context),
  ])
  const calendarName = new Map(calendars.map((calendar) => [calendar.id, calendar.name]))
  return {
    policies: policies.map((policy) => view(policy, calendarName.get(policy.calendarId) ?? '')),
    groups,
    recompute: { running: !recompute.done },
  }
}

/** Validates the posted form against the organization's records; `exceptId` is the policy being edited. */
async function validatePolicy(request: PluginRequest, context: Context, exceptId?: number) {
  const input = await validatePolicyShape(await readBody(request))
  const policies = new Policies(context.db)
  const calendars = new Calendars(context.db)
  const users = new Map<number, Promise<HostUser | null>>()
  return checkPolicy(input, {
    isNameTaken: (name) => policies.isNameTaken(name, exceptId),
    calendarExists: async (id) => (await calendars.find(id)) !== null,
    groups: await context.taxonomy.tree(),
    findUser: (id) => {
      if (!users.has(id)) users.set(id, context.users.find({ id }))
      return users.get(id)!
    },
  })
}

const moveSchema = vine.object({ direction: vine.enum(['up', 'down'] as const) })

export default function registerPolicyRoutes(hooks: Hooks) {
  hooks.page('admin', {
    name: 'policies',
    path: '/policies',
    component: 'SlaPolicies',
    title: 'SLA policies',
    load: (_request, context) => listPolicies(context),
  })
  hooks.page('admin', {
    name: 'policies.create',
    path: '/policies/new',
    component: 'SlaPolicyForm',
    title: 'New SLA policy',
    nav: false,
    load: async (_request, context): Promise<PolicyFormPage> => ({
      ...(await choices(context)),
      policy: null,
    }),
  })
  hooks.page('admin', {
    name: 'policies.edit',
    path: '/policies/:id/edit',
    component: 'SlaPolicyForm',
    title: 'Edit SLA policy',
    nav: false,
    load: async (request, context): Promise<PolicyFormPage> => {
      const policy = await policyOf(request, context)
      const found = await choices(context)
      const calendar = found.calendars.find((each) => each.id === policy.calendarId)
      return { ...found, policy: view(policy, calendar?.name ?? '') }
    },
  })

  hooks.action({
    name: 'policies.store',
    method: 'post',
    path: '/policies',
    handle: async (request, context) => {
      const input = await validatePolicy(request, context)
      await new Policies(context.db).create(input)
      await requestRecompute(context)
      return { redirect: 'policies', toast: `Policy "${input.name}" created.` }
    },
  })
  hooks.action({
    name: 'policies.update',
    method: 'put',
    path: '/policies/:id',
    handle: async (request, context) => {
      const policy = await policyOf(request, context)
      const input = await validatePolicy(request, context, policy.id)
      await new Policies(context.db).update(policy.id, input)
      await requestRecompute(context)
      return { redirect: 'policies', toast: `Policy "${input.name}" saved.` }
    },
  })
  hooks.action({
    name: 'policies.move',
    method: 'post',
    path: '/policies/:id/move',
    handle: async (request, context) => {
      const policy = await policyOf(request, context)
      const { direction } = await request.validate(moveSchema)
      const moved = await new Policies(context.db).move(policy.id, direction === 'up' ? -1 : 1)
      if (moved) await requestRecompute(context)
      return { redirect: 'policies' }
    },
  })
  hooks.action({
    name: 'policies.destroy',
    method: 'delete',
    path: '/policies/:id',
    handle: async (request, context) => {
      const policy = await policyOf(request, context)
      await new Policies(context.db).remove(policy.id)
      await requestRecompute(context)
      return { redirect: 'policies', toast: `Policy "${policy.name}" deleted.` }
    },
  })
}
