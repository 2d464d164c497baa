import { UserSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'
import hash from '@adonisjs/core/services/hash'
import { beforeSave, belongsTo, column, manyToMany } from '@adonisjs/lucid/orm'
import type { DateTime } from 'luxon'
import type { BelongsTo, ManyToMany } from '@adonisjs/lucid/types/relations'
import { DbRememberMeTokensProvider } from '@adonisjs/auth/session'
import { ThrottledAccessTokensProvider } from '#auth/throttled_access_tokens_provider'
import Organization from '#models/organization'
import Group from '#models/group'

export const ROLES = ['admin', 'agent', 'customer'] as const
export type Role = (typeof ROLES)[number]

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

export default class User extends compose(UserSchema, OrganizationOwned) {
  /** Away from the desk: automatic assignment skips them (until `awayUntil`, when set). */
  @column()
  declare isAway: boolean

  @column.dateTime()
  declare awayUntil: DateTime | null

  /** When automatic assignment last gave them a ticket: least active gives ties to who waited longest. */
  @column.dateTime()
  declare lastAssignedAt: DateTime | null

  static rememberMeTokens = DbRememberMeTokensProvider.forModel(User)
  static accessTokens = ThrottledAccessTokensProvider.forModel(User, {
    expiresIn: '15 minutes',
    prefix: 'sb_',
    table: 'auth_access_tokens',
    type: 'access_token',
  })

  @belongsTo(() => Organization)
  declare organization: BelongsTo<typeof Organization>

  @manyToMany(() => Group, {
    pivotTable: 'group_members',
    pivotTimestamps: { createdAt: 'created_at', updatedAt: false },
  })
  declare groups: ManyToMany<typeof Group>

  /**
   * E-mail is stored lower-cased (the unique index is on lower(email)) and
   * passwords are hashed whenever they change; null stays null for
   * directory users and invitations not yet accepted.
   */
  @beforeSave()
  static async normalize(user: User) {
    if (user.$dirty.email) {
      user.email = user.email.trim().toLowerCase()
    }
    if (user.$dirty.password && user.password) {
      user.password = await hash.make(user.password)
    }
  }

  get isAdmin() {
    return this.role === 'admin'
  }

  /** Away now: set away with no end, or with an end still to come. */
  isAwayAt(now: DateTime) {
    return this.isAway && (this.awayUntil === null || this.awayUntil > now)
  }

  get isStaff() {
    return this.role === 'admin' || this.role === 'agent'
  }

  async verifyPassword(plain: string) {
    if (!this.password) {
      return false
    }
    return hash.verify(this.password, plain)
  }
}
