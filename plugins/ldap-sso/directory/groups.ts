import type { Directory } from './directory.js'
import { normalizeDn, rdnValue, values } from './entries.js'
import { escapeFilterValue, wrapFilter } from './escape.js'
import type { DirectoryPerson } from './person.js'

export type DirectoryGroup = { dn: string; name: string }

/** How deep nested groups are followed: deeper than any real directory, short of a loop. */
const MAX_DEPTH = 10

function group(dn: string): DirectoryGroup {
  return { dn, name: rdnValue(dn) }
}

/**
 * Every group of the directory with who is in it, read once for a sync:
 * then each person's groups (and, with nesting on, the groups those groups
 * are in) come from memory, not one search per person.
 */
export class GroupIndex {
  /** Member DN (normalized) → the groups it is directly in. */
  private readonly parents = new Map<string, DirectoryGroup[]>()

  private constructor(private readonly nested: boolean) {}

  static async load(directory: Directory) {
    const c = directory.config
    const index = new GroupIndex(c.nestedGroups)
    if (!c.groupBase) return index
    const attribute = c.groupMemberAttribute === 'memberOf' ? 'memberOf' : c.groupMemberAttribute
    const entries = await directory.search(
      c.groupBase,
      wrapFilter(c.groupFilter),
      ['cn', attribute],
      true
    )
    for (const entry of entries) {
      if (c.groupMemberAttribute === 'memberOf') {
        // A group's own memberOf names the groups it sits in.
        for (const parent of values(entry, 'memberOf')) index.link(entry.dn, group(parent))
      } else {
        for (const member of values(entry, attribute)) index.link(member, group(entry.dn))
      }
    }
    return index
  }

  private link(memberDn: string, parent: DirectoryGroup) {
    const key = normalizeDn(memberDn)
    const list = this.parents.get(key) ?? []
    list.push(parent)
    this.parents.set(key, list)
  }

  groupsOf(person: DirectoryPerson) {
    const direct =
      person.memberOf.length > 0
        ? person.memberOf.map(group)
        : (this.parents.get(normalizeDn(person.dn)) ?? [])
    return this.nested
      ? expand(direct, async (dn) => this.parents.get(normalizeDn(dn)) ?? [])
      : Promise.resolve(direct)
  }
}

/** One person's groups at sign-in: searches for them alone, so a big directory costs no more. */
export async function groupsOfPerson(directory: Directory, person: DirectoryPerson) {
  const c = directory.config
  const parentsOf = async (dn: string): Promise<DirectoryGroup[]> => {
    if (!c.groupBase) return []
    if (c.groupMemberAttribute === 'memberOf') {
      const [entry] = await directory
        .search(dn, '(objectClass=*)', ['memberOf'], false)
        .catch(() => [])
      return entry ? values(entry, 'memberOf').map(group) : []
    }
    const filter = `(&${wrapFilter(c.groupFilter)}(${c.groupMemberAttribute}=${escapeFilterValue(dn)}))`
    const entries = await directory.search(c.groupBase, filter, ['cn'], true)
    return entries.map((entry) => group(entry.dn))
  }
  const direct =
    c.groupMemberAttribute === 'memberOf' ? person.memberOf.map(group) : await parentsOf(person.dn)
  return c.nestedGroups ? expand(direct, parentsOf) : direct
}

/** The groups and, breadth first, every group they are in; each once, loops cut. */
async function expand(
  direct: DirectoryGroup[],
  parentsOf: (dn: string) => Promise<DirectoryGroup[]>
) {
  const seen = new Map(direct.map((item) => [normalizeDn(item.dn), item]))
  let frontier = [...seen.values()]
  for (let depth = 0; depth < MAX_DEPTH && frontier.length; depth++) {
    const next: DirectoryGroup[] = []
    for (const item of frontier) {
      for (const parent of await parentsOf(item.dn)) {
        const key = normalizeDn(parent.dn)
        if (!seen.has(key)) {
          seen.set(key, parent)
          next.push(parent)
        }
      }
    }
    frontier = next
  }
  return [...seen.values()]
}
