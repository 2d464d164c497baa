import type { HttpContext } from '@adonisjs/core/http'
import Group from '#models/group'

export default class HomeController {
  async show({ inertia, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    const groups = await Group.query()
      .where('organization_id', user.organizationId)
      .whereHas('members', (members) => members.where('users.id', user.id))
      .orderBy('name')
    return inertia.render('desk/home', {
      myGroups: groups.map((group) => ({ id: group.id, name: group.name })),
    })
  }
}
