import { HostNotFound, type PluginRequest } from '#platform/sdk'
import { WEEKDAYS } from '../clock/business_calendar.js'
import Calendars from '../data/calendars.js'
import Policies from '../data/policies.js'
import type { Calendar } from '../policies/policy.js'
import { recomputeStatus, requestRecompute } from '../tracking/recompute.js'
import type { Context, Hooks } from '../types.js'
import type {
  CalendarFormPage,
  CalendarsPage,
  CalendarView,
  Interval,
  WeekdayKey,
} from '../ui/types.js'
import { validateCalendar } from './calendar_validator.js'
import { idParam, readBody, refuse } from './form_input.js'
import { quotedList } from './wording.js'

/** Admin → SLA calendars: the list, the create/edit form, and delete. */

function view(calendar: Calendar, usedBy: string[]): CalendarView {
  const hours = Object.fromEntries(
    WEEKDAYS.map((weekday) => [
      weekday,
      (calendar.hours[weekday] ?? []).map(([start, end]) => ({ start, end })),
    ])
  ) as Record<WeekdayKey, Interval[]>
  return {
    id: calendar.id,
    name: calendar.name,
    timezone: calendar.timezone,
    hours,
    holidays: calendar.holidays.map((holiday) => ({ date: holiday.date, yearly: holiday.yearly })),
    isDefault: calendar.isDefault,
    usedBy,
  }
}

/** The organization's calendar with this path id, or 404. */
async function calendarOf(request: PluginRequest, context: Context) {
  const id = idParam(request.params.id)
  const calendar = id ? await new Calendars(context.db).find(id) : null
  if (!calendar) throw new HostNotFound('calendar', request.params.id)
  return calendar
}

async function listCalendars(context: Context): Promise<CalendarsPage> {
  const [calendars, policies, recompute] = await Promise.all([
    new Calendars(context.db).list(),
    new Policies(context.db).list(),
    recomputeStatus(context),
  ])
  return {
    calendars: calendars.map((calendar) =>
      view(
        calendar,
        policies.filter((policy) => policy.calendarId === calendar.id).map((policy) => policy.name)
      )
    ),
    recompute: { running: !recompute.done },
  }
}

export default function registerCalendarRoutes(hooks: Hooks) {
  hooks.page('admin', {
    name: 'calendars',
    path: '/calendars',
    component: 'SlaCalendars',
    title: 'SLA calendars',
    load: (_request, context) => listCalendars(context),
  })
  hooks.page('admin', {
    name: 'calendars.create',
    path: '/calendars/new',
    component: 'SlaCalendarForm',
    title: 'New SLA calendar',
    nav: false,
    load: (): CalendarFormPage => ({ calendar: null }),
  })
  hooks.page('admin', {
    name: 'calendars.edit',
    path: '/calendars/:id/edit',
    component: 'SlaCalendarForm',
    title: 'Edit SLA calendar',
    nav: false,
    load: async (request, context): Promise<CalendarFormPage> => {
      const calendar = await calendarOf(request, context)
      const usedBy = await new Calendars(context.db).usedBy(calendar.id)
      return { calendar: view(calendar, usedBy) }
    },
  })

  hooks.action({
    name: 'calendars.store',
    method: 'post',
    path: '/calendars',
    handle: async (request, context) => {
      const calendars = new Calendars(context.db)
      const input = await validateCalendar(await readBody(request), {
        isNameTaken: (name) => calendars.isNameTaken(name),
      })
      await calendars.create(input)
      // Nothing uses a new calendar yet: no clock can change.
      return { redirect: 'calendars', toast: `Calendar "${input.name}" created.` }
    },
  })
  hooks.action({
    name: 'calendars.update',
    method: 'put',
    path: '/calendars/:id',
    handle: async (request, context) => {
      const calendar = await calendarOf(request, context)
      const calendars = new Calendars(context.db)
      const input = await validateCalendar(await readBody(request), {
        isNameTaken: (name) => calendars.isNameTaken(name, calendar.id),
      })
      await calendars.update(calendar.id, input)
      const usedBy = await calendars.usedBy(calendar.id)
      if (usedBy.length > 0) await requestRecompute(context)
      return { redirect: 'calendars', toast: `Calendar "${input.name}" saved.` }
    },
  })
  hooks.action({
    name: 'calendars.destroy',
    method: 'delete',
    path: '/calendars/:id',
    handle: async (request, context) => {
      const calendar = await calendarOf(request, context)
      const calendars = new Calendars(context.db)
      if (calendar.isDefault) {
        refuse([
          {
            field: 'delete',
            message: `"${calendar.name}" is the default calendar: it cannot be deleted, but you can edit its hours.`,
          },
        ])
      }
      const usedBy = await calendars.usedBy(calendar.id)
      if (usedBy.length > 0) {
        refuse([
          {
            field: 'delete',
            message: `"${calendar.name}" is used by the ${usedBy.length === 1 ? 'policy' : 'policies'} ${quotedList(usedBy)}: choose another calendar for ${usedBy.length === 1 ? 'it' : 'them'} first.`,
          },
        ])
      }
      await calendars.remove(calendar.id)
      return { redirect: 'calendars', toast: `Calendar "${calendar.name}" deleted.` }
    },
  })
}
