import TaxonomyTree from '#services/taxonomy_tree'
import type { HostScope, TaxonomyHost } from '#platform/host'

/** The organization's active groups, categories and subcategories, as the pickers offer them. */
export function taxonomyHost(scope: HostScope): TaxonomyHost {
  return {
    async tree() {
      const groups = await TaxonomyTree.activeTree(scope.organizationId)
      return groups.map((group) => ({
        id: group.id,
        name: group.name,
        categories: group.categories.map((category) => ({
          id: category.id,
          name: category.name,
          subcategories: category.subcategories.map((sub) => ({ id: sub.id, name: sub.name })),
        })),
      }))
    },
  }
}
