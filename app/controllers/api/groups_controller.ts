import type { HttpContext } from '@adonisjs/core/http'
import TaxonomyService from '#services/taxonomy_service'
import TaxonomyTransformer from '#transformers/taxonomy_transformer'
import { apiJson } from '#helpers/api_json'

/** GET /api/v1/groups: the active group → category → subcategory tree, for dropdowns. */
export default class GroupsController {
  async index(ctx: HttpContext) {
    const tree = await TaxonomyService.activeTree(ctx.auth.getUserOrFail().organizationId)
    return apiJson(ctx, TaxonomyTransformer.transform(tree))
  }
}
