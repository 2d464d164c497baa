import PluginSwitchCommand from '#commands/_plugin_switch_command'

export default class PluginEnable extends PluginSwitchCommand {
  static commandName = 'plugin:enable'
  static description = 'Enable a plugin for an organization'
  static help = [
    'node ace plugin:enable slack-notify --organization acme',
    'Without --organization the only organization is used. Its settings must be complete.',
  ]

  protected enabled = true
}
