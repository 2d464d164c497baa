import { readdir } from 'node:fs/promises'
import { VineValidator } from '@vinejs/vine'

type Node = {
  type: string
  subtype?: string
  fieldName?: string
  isOptional?: boolean
  validations?: { name: string }[]
  properties?: Node[]
  each?: Node
  conditions?: { schema: Node }[]
  schema?: Node
}

/** One rule on one field; `type` is the field's schema type (literal, array, object…). */
export type RuleUse = { validator: string; path: string; field: string; type: string; rule: string }

/** A node's own type check, which reports under the type's name ("string", "number"). */
function typeRule(node: Node) {
  if (node.type === 'literal') {
    return node.subtype ?? null
  }
  return ['object', 'array', 'record', 'tuple'].includes(node.type) ? node.type : null
}

function walk(node: Node, validator: string, path: string[], uses: RuleUse[]) {
  const field = node.fieldName ?? ''
  const here = field ? [...path, field] : path
  if (field) {
    const rules = [
      ...(node.isOptional ? [] : ['required']),
      ...[typeRule(node)].filter((rule) => rule !== null),
      ...(node.validations ?? []).map((validation) => validation.name),
    ]
    for (const rule of rules) {
      uses.push({ validator, path: here.join('.'), field, type: node.type, rule })
    }
  }
  for (const child of node.properties ?? []) {
    walk(child, validator, here, uses)
  }
  if (node.each) {
    walk(node.each, validator, here, uses)
  }
  for (const condition of node.conditions ?? []) {
    walk(condition.schema, validator, here, uses)
  }
}

/**
 * Every (field, rule) pair of every validator exported from
 * app/validators, read from VineJS's compiled schema: what can end up
 * beside a form field.
 */
export async function validatorRules(): Promise<RuleUse[]> {
  const folder = new URL('../../app/validators/', import.meta.url)
  const entries = await readdir(folder)
  const files = entries.filter((name) => name.endsWith('.ts'))
  const uses: RuleUse[] = []
  for (const file of files) {
    const module = await import(`#validators/${file.replace(/\.ts$/, '')}`)
    for (const [name, value] of Object.entries(module)) {
      if (value instanceof VineValidator) {
        const { schema } = value.toJSON().schema as unknown as { schema: Node }
        walk(schema, `${file}: ${name}`, [], uses)
      }
    }
  }
  return uses
}
