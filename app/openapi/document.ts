import { errorSchemas, headers, responses, securitySchemes } from '#openapi/components'
import { parameters } from '#openapi/ticket_parameters'
import { accountPaths, accountSchemas } from '#openapi/account'
import { ticketPaths, ticketSchemas } from '#openapi/tickets'
import { deskPaths, deskSchemas } from '#openapi/desk'
import { reportPaths, reportSchemas } from '#openapi/reports'
import { ticketExportPaths } from '#openapi/ticket_exports'
import { taxonomyPaths, taxonomySchemas } from '#openapi/taxonomy'
import { importPaths, importSchemas } from '#openapi/imports'
import { mailboxPaths, mailboxSchemas } from '#openapi/mailboxes'
import { pluginPaths, pluginSchemas } from '#openapi/plugins'
import { pluginRoutePaths } from '#openapi/plugin_routes'
import { assignmentPaths, assignmentSchemas } from '#openapi/assignment'

const DESCRIPTION = `
The Switchboard helpdesk over HTTP.

- **Authentication**: \`POST /auth/login\` answers a token pair; send the access token as
  \`Authorization: Bearer …\` (valid 15 minutes) and renew it with \`POST /auth/refresh\`.
- **Names**: bodies, query parameters and answers use snake_case.
- **Answers**: successful JSON answers are wrapped in \`{ "data": … }\`; lists add
  \`"metadata"\` with the pagination. The token pair is the one unwrapped answer.
- **Errors**: every failure answers the \`Error\` shape
  \`{ error, code, details, timestamp, requestId }\`; 422 names each invalid field in \`details\`.
- **Rate limits** per minute: auth 30 (per address), read 600 and write 120 (per user),
  reported in \`X-RateLimit-Limit\` / \`X-RateLimit-Remaining\`; a 429 carries \`Retry-After\`.
`.trim()

/**
 * The OpenAPI 3.1 description of /api/v1, served at GET /api/v1/openapi.json.
 * tests/functional/api/openapi.spec.ts fails when a registered /api/v1
 * route is missing here (or a path here has no route).
 */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Switchboard API',
      version: '1.0.0',
      description: DESCRIPTION,
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: 'Auth', description: 'Tokens and the signed-in user.' },
      { name: 'Tickets', description: "Opening, reading and answering the caller's tickets." },
      {
        name: 'Taxonomy',
        description: 'Groups, categories and subcategories to file tickets under.',
      },
      { name: 'Desk', description: 'Working tickets: agents and admins.' },
      { name: 'Reports', description: 'Figures over tickets: agents and admins.' },
      {
        name: 'Admin',
        description: 'Groups, their categories and members, imports and mailboxes: admins.',
      },
      { name: 'Plugins', description: 'Plugins, their settings and failed deliveries: admins.' },
      {
        name: 'Plugin routes',
        description:
          'Routes the installed plugins add under /plugins/{plugin-id}/, each for the organizations that enabled the plugin.',
      },
      { name: 'Meta', description: 'About the API itself.' },
    ],
    paths: {
      ...accountPaths,
      ...ticketPaths,
      ...deskPaths,
      ...reportPaths,
      ...ticketExportPaths,
      ...taxonomyPaths,
      ...importPaths,
      ...mailboxPaths,
      ...pluginPaths,
      ...assignmentPaths,
      ...pluginRoutePaths(),
    },
    components: {
      schemas: {
        ...errorSchemas,
        ...accountSchemas,
        ...ticketSchemas,
        ...taxonomySchemas,
        ...importSchemas,
        ...mailboxSchemas,
        ...deskSchemas,
        ...reportSchemas,
        ...pluginSchemas,
        ...assignmentSchemas,
      },
      responses,
      parameters,
      headers,
      securitySchemes,
    },
  }
}
