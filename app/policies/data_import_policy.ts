import type User from '#models/user'
import type DataImport from '#models/data_import'
import AppPolicy from '#policies/base'

/** Imports create users and tickets in bulk: an organization's admins only. */
export default class DataImportPolicy extends AppPolicy {
  viewAny(user: User) {
    return user.isAdmin
  }

  create(user: User) {
    return user.isAdmin
  }

  manage(user: User, record: DataImport) {
    return this.isAdminOf(user, record)
  }
}
