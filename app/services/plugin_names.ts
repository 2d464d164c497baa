import PluginCatalog from '#platform/plugin_catalog'

/**
 * How pages name a plugin that acted (timeline, conversation, audit log):
 * its manifest name, e.g. "SLA escalation"; its id when the plugin is no
 * longer installed.
 */
export function pluginName(id: string) {
  return PluginCatalog.find(id)?.manifest?.name ?? id
}
