import { data, ref, type JsonSchema } from '#openapi/json_schema'
import { jsonBody, operation, param, pathId } from '#openapi/operation'
import { filterNote, ticketFilters } from '#openapi/ticket_parameters'

/** Working tickets: agents and admins. */

export const deskSchemas: Record<string, JsonSchema> = {}

export const deskPaths: Record<string, Record<string, unknown>> = {
  '/admin/tickets': {
    get: operation({
      operationId: 'listDeskTickets',
      summary: 'The desk: tickets the caller may work on (agents, admins)',
      description:
        'Agents see tickets they requested, are assigned to, or that belong to their groups; ' +
        `admins see every ticket of the organization. ${filterNote}`,
      tags: ['Desk'],
      parameters: [param('Queue'), ...ticketFilters, param('RequesterId')],
      success: { status: 200, description: 'A page of tickets.', schema: ref('PaginatedTickets') },
      errors: [401, 403, 422],
    }),
  },
  '/admin/tickets/{id}': {
    put: operation({
      operationId: 'updateTicket',
      summary: 'Change title, priority, classification, assignee and status at once',
      description:
        'Only the fields sent change, all in one transaction: if one is refused (422 on that ' +
        'field), none changes. Agents: tickets assigned to them or of their groups.',
      tags: ['Desk'],
      parameters: [pathId('ticket')],
      requestBody: jsonBody('UpdateTicketRequest', false),
      success: { status: 200, description: 'The ticket.', schema: data(ref('TicketDetail')) },
      errors: [400, 401, 403, 404, 422],
    }),
  },
  '/admin/tickets/{id}/assign': {
    put: operation({
      operationId: 'assignTicket',
      summary: 'Assign or unassign a ticket',
      description:
        'Assigning an open ticket makes it `assigned`; unassigning an assigned or in-progress ' +
        'ticket puts it back to `open`.',
      tags: ['Desk'],
      parameters: [pathId('ticket')],
      requestBody: jsonBody('AssignRequest'),
      success: { status: 200, description: 'The ticket.', schema: data(ref('TicketDetail')) },
      errors: [400, 401, 403, 404, 422],
    }),
  },
  '/admin/tickets/{id}/status': {
    put: operation({
      operationId: 'changeTicketStatus',
      summary: 'Change the status of a ticket',
      description:
        '`assigned` and `in_progress` need an assignee, `open` needs none, and `closed` is ' +
        'final; a refused transition is a 422 on `status`.',
      tags: ['Desk'],
      parameters: [pathId('ticket')],
      requestBody: jsonBody('StatusRequest'),
      success: { status: 200, description: 'The ticket.', schema: data(ref('TicketDetail')) },
      errors: [400, 401, 403, 404, 422],
    }),
  },
}
