import { test } from '@japa/runner'
import TicketPolicy from '#policies/ticket_policy'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { UserFactory } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'

/**
 * ARCHITECTURE.md's ticket rows, cell by cell. Membership lives in the
 * database, so these run against it.
 */
test.group('Access table (tickets)', (group) => {
  isolate(group)

  async function cast() {
    const desk = await helpdesk()
    const outsiderAgent = await UserFactory.apply('agent')
      .merge({ organizationId: desk.organization.id })
      .create()
    const otherCustomer = await UserFactory.merge({ organizationId: desk.organization.id }).create()
    const foreign = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const assignedElsewhere = await openTicket(desk.customer, desk.facilities.id)
    await desk.facilities.related('members').attach([outsiderAgent.id])
    await TicketWorkflow.assign(assignedElsewhere, outsiderAgent.id, {
      ...systemContext,
      actor: desk.admin,
    })
    return { desk, outsiderAgent, otherCustomer, foreign, ticket, assignedElsewhere }
  }

  type Row = {
    who: string
    ability: 'view' | 'reply' | 'addNote' | 'viewInternal' | 'manage'
    expected: boolean
  }
  const table: Row[] = [
    ...(['view', 'reply'] as const).map((ability) => ({
      who: 'requester',
      ability,
      expected: true,
    })),
    ...(['addNote', 'viewInternal', 'manage'] as const).map((ability) => ({
      who: 'requester',
      ability,
      expected: false,
    })),
    ...(['view', 'reply', 'addNote', 'viewInternal', 'manage'] as const).map((ability) => ({
      who: 'other customer',
      ability,
      expected: false,
    })),
    ...(['view', 'reply', 'addNote', 'viewInternal', 'manage'] as const).map((ability) => ({
      who: 'agent of the group',
      ability,
      expected: true,
    })),
    ...(['view', 'reply', 'addNote', 'viewInternal', 'manage'] as const).map((ability) => ({
      who: 'agent of another group',
      ability,
      expected: false,
    })),
    ...(['view', 'reply', 'addNote', 'viewInternal', 'manage'] as const).map((ability) => ({
      who: 'admin',
      ability,
      expected: true,
    })),
    ...(['view', 'reply', 'addNote', 'viewInternal', 'manage'] as const).map((ability) => ({
      who: 'admin of another organization',
      ability,
      expected: false,
    })),
    ...(['view', 'reply', 'addNote', 'viewInternal', 'manage'] as const).map((ability) => ({
      who: 'assignee in the ticket group',
      ability,
      expected: true,
    })),
  ]

  for (const row of table) {
    test(`${row.ability}: ${row.who} is ${row.expected ? 'allowed' : 'denied'}`, async ({
      assert,
    }) => {
      const { desk, outsiderAgent, otherCustomer, foreign, ticket, assignedElsewhere } =
        await cast()
      const subjects = {
        'requester': [desk.customer, ticket],
        'other customer': [otherCustomer, ticket],
        'agent of the group': [desk.agent, ticket],
        'agent of another group': [outsiderAgent, ticket],
        'admin': [desk.admin, ticket],
        'admin of another organization': [foreign.admin, ticket],
        'assignee in the ticket group': [outsiderAgent, assignedElsewhere],
      } as const
      const [user, target] = subjects[row.who as keyof typeof subjects]
      assert.equal(await new TicketPolicy()[row.ability](user, target), row.expected)
    })
  }
})
