import type User from '#models/user'
import type Organization from '#models/organization'
import PluginInstallation from '#models/plugin_installation'
import { deliveriesOf, drainEvents, enablePlugin } from '#tests/support/plugins'
import { openTicket } from '#tests/support/tickets'

/**
 * A dead delivery of fixture-events in the organization: the plugin fails
 * every attempt, the real worker retries it to death.
 */
export async function deadDelivery(desk: {
  organization: Organization
  customer: User
  it: { id: number }
}) {
  await enablePlugin(desk.organization, 'fixture-events', {
    failAttempts: 99,
    label: 'home-label',
    apiToken: 'plain-secret-token-1',
  })
  await openTicket(desk.customer, desk.it.id)
  await drainEvents()
  const dead = await deliveriesOf('plugin:fixture-events')
    .where('organization_id', desk.organization.id)
    .where('status', 'dead')
    .firstOrFail()
  return dead
}

/** The installation row as stored, settings JSON untouched. */
export function storedInstallation(organizationId: number, pluginId: string) {
  return PluginInstallation.query()
    .where({ organization_id: organizationId, plugin_id: pluginId })
    .firstOrFail()
}
