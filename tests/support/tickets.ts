import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GroupFactory } from '#database/factories/main'
import type User from '#models/user'
import Organization from '#models/organization'
import type Ticket from '#models/ticket'
import TaxonomyService from '#services/taxonomy_service'
import TicketIntake from '#services/tickets/ticket_intake'
import { systemContext } from '#services/request_context'
import { organizationWithStaff } from '#tests/support/world'

/** A real 1×1 PNG, and the first bytes of a Windows executable. */
export const PNG_BYTES = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex'
)
export const EXE_BYTES = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(62),
  Buffer.from('PE\0\0'),
  Buffer.alloc(200),
])

export async function fileOnDisk(name: string, bytes: Buffer) {
  const dir = await mkdtemp(join(tmpdir(), 'upload-'))
  const path = join(dir, name)
  await writeFile(path, bytes)
  return path
}

/**
 * An organization ready for tickets: staff, an "IT" group the agent is a
 * member of (with Hardware › Laptop), and a second group nobody is in.
 */
export async function helpdesk() {
  const staff = await organizationWithStaff()
  const context = { ...systemContext, actor: staff.admin }
  const it = await GroupFactory.merge({
    organizationId: staff.organization.id,
    name: 'IT',
  }).create()
  const facilities = await GroupFactory.merge({
    organizationId: staff.organization.id,
    name: 'Facilities',
  }).create()
  await it.related('members').attach([staff.agent.id])
  const hardware = await TaxonomyService.createCategory(it, 'Hardware', context)
  const laptop = await TaxonomyService.createSubcategory(hardware, 'Laptop', context)
  return { ...staff, it, facilities, hardware, laptop }
}

/**
 * Lets the organization's customers file any priority (by default critical
 * is kept for agents), for scenes that need customers' critical tickets.
 */
export async function customersMayChooseAnyPriority(organization: Organization) {
  await Organization.query()
    .where('id', organization.id)
    .update({ customerPriorities: ['low', 'medium', 'high', 'critical'] })
}

/** Opens a ticket through the real service, as the portal does. */
export function openTicket(
  requester: User,
  groupId: number,
  overrides: Partial<{
    title: string
    description: string
    priority: Ticket['priority']
    categoryId: number
    subcategoryId: number
  }> = {}
) {
  return TicketIntake.open(
    requester,
    {
      groupId,
      title: overrides.title ?? 'Laptop will not boot',
      description: overrides.description ?? 'The power light blinks twice and nothing happens.',
      priority: overrides.priority,
      categoryId: overrides.categoryId,
      subcategoryId: overrides.subcategoryId,
    },
    [],
    { ...systemContext, actor: requester }
  )
}
