/**
 * The plugin SDK's testing kit (`#platform/sdk/testing`): what a plugin's
 * own tests import besides `#platform/sdk`. Stable like the SDK itself;
 * docs/plugins.md "Testing" shows each part at work.
 */
export { actorSnapshot, ticketSnapshot, userSnapshot } from '#platform/sdk/snapshot_factories'
export { fakeClock, type FakeClock } from '#platform/sdk/fake_clock'
export {
  fakeHttp,
  UnexpectedRequest,
  type FakeHttp,
  type FakeRoute,
  type RecordedRequest,
} from '#platform/sdk/fake_http'
export { registrations, runCommand, runEvent, runSchedule } from '#platform/sdk/run_hooks'
export {
  eventContext,
  isolatePluginTests,
  pluginTestContext,
  type LoggedLine,
  type PluginTestContext,
  type TestContextOptions,
} from '#platform/sdk/test_context'
