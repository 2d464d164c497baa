import PluginSwitchCommand from '#commands/_plugin_switch_command'

export default class PluginDisable extends PluginSwitchCommand {
  static commandName = 'plugin:disable'
  static description = 'Disable a plugin for an organization'
  static help = [
    'node ace plugin:disable slack-notify --organization acme',
    'Without --organization the only organization is used.',
  ]

  protected enabled = false
}
