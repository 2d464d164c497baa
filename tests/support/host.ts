import type Organization from '#models/organization'
import { hostFor, type Host } from '#platform/host'

/**
 * The host API as a plugin's handler gets it, for one organization, acting
 * as `pluginId` (the fixture-host plugin unless told).
 */
export function hostOf(
  organization: Pick<Organization, 'id'>,
  pluginId = 'fixture-host',
  pluginName = 'Fixture: host',
  signal: AbortSignal = new AbortController().signal
): Host {
  return hostFor({ pluginId, pluginName, organizationId: organization.id, signal })
}

/** Awaits `work` and hands back what it threw, so a test can look at the error's class and fields. */
export async function thrown(work: () => Promise<unknown>): Promise<any> {
  try {
    await work()
  } catch (error) {
    return error
  }
  throw new Error('expected the call to throw, and it returned')
}
