/**
 * The naming rule of a plugin's own tables, in one place: `context.db`
 * opens only tables named so, and a plugin's sort (`hooks.sort`) may only
 * read one of them. `fixture-host` owns the tables named `fixture_host_…`.
 */
export function tablePrefix(pluginId: string) {
  return `${pluginId.replace(/-/g, '_')}_`
}
