import type { TaxonomyGroup, TicketSnapshot } from '#platform/sdk'
import type { Context } from '../types.js'
import { loadModels, type LoadedModel } from '../training/model_store.js'
import { predictText } from '../engine/offline_adapter.js'
import { detectLanguage, detectSentiment, extractiveSummary } from './text_signals.js'
import type { Prediction } from './suggestion.js'

/**
 * The offline engine's answer for a ticket: the classifiers trained on
 * the organization's history for group, category, subcategory and
 * priority (each answer kept only if it fits the active taxonomy and the
 * group it sits under), and the text signals. Before any training, the
 * taxonomy's own names found in the text stand in, with modest confidence.
 */
export async function predictOffline(context: Context, ticket: TicketSnapshot) {
  const text = `${ticket.title}\n${ticket.description}`
  const [models, tree] = await Promise.all([loadModels(context), context.taxonomy.tree()])
  const prediction: Prediction = {}

  const best = (model: LoadedModel | undefined, allowed: (label: string) => boolean) => {
    if (!model) return null
    const ranked = predictText(model.model, text).filter((entry) => allowed(entry.label))
    return ranked[0] ?? null
  }
  const groups = new Map(tree.map((group) => [String(group.id), group]))
  const group = best(models.group, (label) => groups.has(label))
  const groupNode = group ? groups.get(group.label)! : null
  if (group) prediction.group_id = { value: Number(group.label), confidence: group.confidence }

  const categories = (groupNode ? [groupNode] : tree).flatMap((node) => node.categories)
  const category = best(models.category, (label) => categories.some((c) => String(c.id) === label))
  const categoryNode = category ? categories.find((c) => String(c.id) === category.label)! : null
  if (category)
    prediction.category_id = { value: Number(category.label), confidence: category.confidence }

  const subcategories = (categoryNode ? [categoryNode] : categories).flatMap((c) => c.subcategories)
  const sub = best(models.subcategory, (label) => subcategories.some((s) => String(s.id) === label))
  if (sub) prediction.subcategory_id = { value: Number(sub.label), confidence: sub.confidence }

  const priority = best(models.priority, (label) =>
    ['low', 'medium', 'high', 'critical'].includes(label)
  )
  if (priority) prediction.priority = { value: priority.label, confidence: priority.confidence }

  if (!models.group && !models.category) Object.assign(prediction, byName(tree, text))

  const sentiment = detectSentiment(text)
  prediction.language = detectLanguage(text)
  prediction.sentiment = sentiment
  prediction.summary = extractiveSummary(ticket.title, ticket.description)
  const urgent = prediction.priority?.value === 'critical' || sentiment.value === 'negative'
  prediction.escalate = {
    value: urgent,
    confidence: urgent ? Math.max(prediction.priority?.confidence ?? 0, sentiment.confidence) : 0.5,
  }
  const versions = Object.values(models).map((model) => `${model.field}@${model.version}`)
  return {
    engine: 'offline',
    modelVersion: versions.length ? versions.sort().join(',') : 'names@0',
    prediction,
  }
}

/**
 * Before training: the first subcategory, else category, whose name appears
 * in the text, with the category and group it sits under.
 */
function byName(tree: TaxonomyGroup[], text: string): Prediction {
  const lower = text.toLowerCase()
  const mentions = (name: string) => {
    const words = name.toLowerCase().match(/\p{L}{4,}/gu) ?? []
    return words.length > 0 && words.some((word) => lower.includes(word.replace(/s$/, '')))
  }
  const found = (groupId: number, categoryId: number, subcategoryId?: number): Prediction => ({
    group_id: { value: groupId, confidence: 0.5 },
    category_id: { value: categoryId, confidence: 0.5 },
    ...(subcategoryId ? { subcategory_id: { value: subcategoryId, confidence: 0.5 } } : {}),
  })
  for (const group of tree) {
    for (const category of group.categories) {
      const sub = category.subcategories.find((candidate) => mentions(candidate.name))
      if (sub) return found(group.id, category.id, sub.id)
    }
  }
  for (const group of tree) {
    const category = group.categories.find((candidate) => mentions(candidate.name))
    if (category) return found(group.id, category.id)
  }
  return {}
}
