import { test } from '@japa/runner'
import { simulate, SimulationError } from '../clock/simulation.js'
import { ISSUE_EXAMPLE } from './simulation_helpers.js'

/**
 * Bad simulator input is refused with a SimulationError naming the field at
 * fault (list positions as in the input), so an admin can fix it.
 */

type Broken = { title: string; field: string; message?: RegExp; change: (input: any) => unknown }

/** Each row breaks one thing in the (valid) issue example; the error must name that field. */
const broken: Broken[] = [
  { title: 'not an object', field: 'input', change: () => 'nope' },
  { title: 'no ticket', field: 'ticket', change: (i) => ({ ...i, ticket: undefined }) },
  {
    title: 'a creation time that is not a time',
    field: 'ticket.created_at',
    change: (i) => ((i.ticket.created_at = 'yesterday'), i),
  },
  {
    title: 'a time without an offset',
    field: 'ticket.created_at',
    change: (i) => ((i.ticket.created_at = '2013-03-21T09:30:00'), i),
  },
  {
    title: 'an unknown status',
    field: 'ticket.status',
    change: (i) => ((i.ticket.status = 'pending'), i),
  },
  {
    title: 'no priority',
    field: 'ticket.priority',
    change: (i) => ((i.ticket.priority = undefined), i),
  },
  {
    title: 'an event time that is not ISO 8601',
    field: 'events.2.at',
    message: /not an ISO 8601 time/,
    change: (i) => withEvents(i, { at: '21.03.2013 11:00', type: 'agent_replied' }),
  },
  {
    title: 'an unknown event type',
    field: 'events.2.type',
    change: (i) => withEvents(i, { at: '2013-03-21T11:00:00Z', type: 'phoned' }),
  },
  {
    title: 'a status change to an unknown status',
    field: 'events.2.to',
    change: (i) =>
      withEvents(i, { at: '2013-03-21T11:00:00Z', type: 'status_changed', to: 'pending' }),
  },
  {
    title: 'a group change without a group',
    field: 'events.2.to',
    change: (i) => withEvents(i, { at: '2013-03-21T11:00:00Z', type: 'group_changed' }),
  },
  {
    title: 'an event before creation',
    field: 'events.2.at',
    message: /before ticket.created_at/,
    change: (i) => withEvents(i, { at: '2013-03-21T09:00:00Z', type: 'agent_replied' }),
  },
  { title: 'events that are not a list', field: 'events', change: (i) => ({ ...i, events: {} }) },
  {
    title: 'now before creation',
    field: 'now',
    change: (i) => ({ ...i, now: '2013-03-20T09:30:00Z' }),
  },
  {
    title: 'policies that are not a list',
    field: 'policies',
    change: (i) => ({ ...i, policies: { name: 'x' } }),
  },
  {
    title: 'a policy without a name',
    field: 'policies.0.name',
    change: (i) => ((i.policies[0].name = ''), i),
  },
  {
    title: 'a negative target',
    field: 'policies.0.first_response_minutes',
    change: (i) => ((i.policies[0].first_response_minutes = -5), i),
  },
  {
    title: 'a fractional target',
    field: 'policies.0.resolution_minutes',
    change: (i) => ((i.policies[0].resolution_minutes = 1.5), i),
  },
  {
    title: 'an unknown next response mode',
    field: 'policies.0.next_response_mode',
    change: (i) => ((i.policies[0].next_response_mode = 'sometimes'), i),
  },
  {
    title: 'a next response target without a mode',
    field: 'policies.0.next_response_mode',
    change: (i) => ((i.policies[0].next_response_mode = undefined), i),
  },
  {
    title: 'a condition that is not a list',
    field: 'policies.0.conditions.priority',
    change: (i) => ((i.policies[0].conditions.priority = 'high'), i),
  },
  {
    title: 'a condition value that is not a string',
    field: 'policies.0.conditions.group.0',
    change: (i) => ((i.policies[0].conditions.group = [7]), i),
  },
  {
    title: 'an unknown time zone',
    field: 'calendar.timezone',
    change: (i) => ((i.calendar.timezone = 'Mars/Olympus'), i),
  },
  {
    title: 'a shift with a bad time',
    field: 'calendar.hours.mon.0',
    change: (i) => ((i.calendar.hours.mon = [['9:00', '17:00']]), i),
  },
  {
    title: 'a weekday spelled out',
    field: 'calendar.hours.monday',
    change: (i) => ((i.calendar.hours.monday = []), i),
  },
  {
    title: 'a holiday that is not a date',
    field: 'calendar.holidays.0',
    change: (i) => ((i.calendar.holidays = ['22.09.2015']), i),
  },
  {
    title: 'holidays that are not a list',
    field: 'calendar.holidays',
    change: (i) => ((i.calendar.holidays = '2015-09-22'), i),
  },
]

function withEvents(i: any, third: object) {
  i.events = [
    { at: '2013-03-21T10:00:00Z', type: 'agent_replied' },
    { at: '2013-03-21T10:30:00Z', type: 'customer_replied' },
    third,
  ]
  return i
}

test.group('Simulation: invalid input', () => {
  test('{title} is refused, naming {field}')
    .with(broken)
    .run(({ assert }, { field, message, change }) => {
      const bad = change(structuredClone(ISSUE_EXAMPLE))
      try {
        simulate(bad)
        assert.fail('expected a SimulationError')
      } catch (error) {
        assert.instanceOf(error, SimulationError)
        assert.equal((error as SimulationError).field, field)
        assert.isTrue((error as SimulationError).message.startsWith(`${field}: `))
        if (message) assert.match((error as SimulationError).message, message)
      }
    })
})
