import type User from '#models/user'
import type Category from '#models/category'
import type Subcategory from '#models/subcategory'
import AppPolicy from '#policies/base'

/** Categories and subcategories are configured by the admins of their organization. */
export default class CategoryPolicy extends AppPolicy {
  manage(user: User, entry: Category | Subcategory) {
    return this.isAdminOf(user, entry)
  }
}
