import { scope } from '@adonisjs/lucid/orm'
import type { LucidModel, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type { NormalizeConstructor } from '@adonisjs/core/types/helpers'

/**
 * Rows that belong to one organization. Services query them through the
 * `forOrganization` scope rather than by writing the condition by hand, so
 * the tenant boundary is one line everyone can grep for:
 *
 *   Group.query().withScopes((scopes) => scopes.forOrganization(organizationId))
 *
 * The column is qualified with the model's table, so the scope stays right
 * in queries that join other organization-owned tables.
 * tests/unit/tenancy.spec.ts fails on a service or controller query of
 * such a model that does not use it.
 */
export function OrganizationOwned<Model extends NormalizeConstructor<LucidModel>>(
  superclass: Model
) {
  class OrganizationOwnedModel extends superclass {
    static forOrganization = scope(
      (query: ModelQueryBuilderContract<LucidModel>, organizationId: number) => {
        query.where(`${query.model.table}.organization_id`, organizationId)
      }
    )
  }
  return OrganizationOwnedModel
}
