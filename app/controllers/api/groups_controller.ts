import TaxonomyTree from '#services/taxonomy_tree'
import type { HttpContext } from '@adonisjs/core/http'
import TaxonomyTransformer from '#transformers/taxonomy_transformer'
import { apiJson } from '#helpers/api_json'

/** GET /api/v1/groups: the active group → category → subcategory tree, for dropdowns. */
export default class GroupsController {
  async index(ctx: HttpContext) {
    const tree = await TaxonomyTree.activeTree(ctx.auth.getUserOrFail().organizationId)
    return apiJson(ctx, TaxonomyTransformer.transform(tree))
  }
}
