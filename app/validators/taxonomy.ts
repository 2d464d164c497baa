import vine from '@vinejs/vine'

export const taxonomyEntryValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
  isActive: vine.boolean().optional(),
})

export const moveValidator = vine.create({
  direction: vine.enum(['up', 'down'] as const),
})
