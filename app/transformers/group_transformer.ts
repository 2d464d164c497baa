import type Group from '#models/group'
import { BaseTransformer } from '@adonisjs/core/transformers'
import UserTransformer from '#transformers/user_transformer'

export default class GroupTransformer extends BaseTransformer<Group> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'name', 'description', 'email', 'isActive', 'position']),
      memberCount: Number(this.resource.$extras.members_count ?? 0),
      assignment: {
        mode: this.resource.assignmentMode,
        maxOpen: this.resource.assignmentMaxOpen,
      },
    }
  }

  forDetail() {
    return {
      ...this.toObject(),
      memberCount: this.resource.members.length,
      members: UserTransformer.transform(this.resource.members),
    }
  }
}
