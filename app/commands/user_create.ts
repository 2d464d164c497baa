import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class UserCreate extends BaseCommand {
  static commandName = 'user:create'
  static description = 'Create a user non-interactively (e.g. the first admin of an install)'
  static help = [
    'node ace user:create --email ada@example.com --password "a long passphrase 1" --role admin --name "Ada Lovelace"',
    'Roles: admin, agent, customer. Without --organization the only organization is used (one is created on a fresh install).',
  ]

  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'E-mail address (the sign-in name)', required: true })
  declare email: string

  @flags.string({
    description: 'Password (at least 10 characters, letters and a digit or symbol)',
    required: true,
  })
  declare password: string

  @flags.string({ description: 'admin, agent or customer', required: true })
  declare role: string

  @flags.string({ description: 'Display name', required: true })
  declare name: string

  @flags.string({ description: 'Slug of the organization to add the user to' })
  declare organization?: string

  async run() {
    const { default: UserProvisioning, ProvisioningError } =
      await import('#services/user_provisioning')
    try {
      const { user, organization } = await UserProvisioning.create({
        email: this.email,
        password: this.password,
        role: this.role,
        name: this.name,
        organization: this.organization,
      })
      this.logger.success(
        `Created ${user.role} ${user.email} (id ${user.id}) in organization "${organization.name}" (${organization.slug}).`
      )
    } catch (error) {
      if (error instanceof ProvisioningError) {
        this.logger.error(error.message)
        this.exitCode = 1
        return
      }
      throw error
    }
  }
}
