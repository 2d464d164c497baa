import vine from '@vinejs/vine'

/** Switching a plugin on or off; the form sends "true"/"false", the API a JSON boolean. */
export const pluginStateValidator = vine.create({
  enabled: vine.boolean(),
})

/** GET /api/v1/admin/plugins/:id/deliveries: only the dead-letter list is offered. */
export const pluginDeliveryFiltersValidator = vine.create({
  status: vine.enum(['dead']).optional(),
})
