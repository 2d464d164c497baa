/**
 * The hook catalogue: every extension point the core offers plugins, with
 * its kind, payload and result. It is the contract between Switchboard and
 * its plugins; the core dispatches only through these names, and
 * `definePlugin` only accepts them, so an unknown hook or a handler of the
 * wrong shape is a type error in the plugin. Import it from here; it is
 * kept in three modules by what they describe: the JSON shapes payloads
 * are made of (`hook_payloads`), the hooks that run on the server
 * (`server_hooks`: events, filters, providers) and the places in the UI
 * (`ui_hooks`: slots, badges, suggestions, sorts).
 *
 * Kinds, and what a failure means:
 * - event: reliable, runs in the worker after the change committed, once
 *   per (event, plugin); a throw retries with backoff, then dead-letters.
 *   Its return value is ignored.
 * - filter: runs in the request, in order, within a time budget; each gets
 *   the value the previous one returned. A throw or timeout is logged
 *   against the plugin and the value goes on unchanged.
 * - provider: runs in the request, in order, within a time budget; the
 *   first non-null answer wins. A throw or timeout counts as "no answer".
 * - schedule: a plugin's recurring job, once per interval for the whole
 *   installation, run for every organization that enabled the plugin.
 * - slot: a place in the UI where an enabled plugin's Vue component renders.
 * - badges / suggestions: a place in the UI the core draws from data a
 *   plugin's loader answers (no plugin component), within a time budget;
 *   a throw or timeout leaves the plugin's part out.
 * - sort: an order of a list the core draws, declared (a column of the
 *   plugin's own table) and applied by the core in SQL; no handler runs.
 * - plugin event: an event a plugin declares and emits itself; it travels
 *   the same reliable path as the core's events.
 */
export * from '#platform/hook_payloads'
export * from '#platform/server_hooks'
export * from '#platform/ui_hooks'
