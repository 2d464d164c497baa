import { defineConfig } from '@adonisjs/core/bodyparser'

const bodyParserConfig = defineConfig({
  allowedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],

  form: {
    convertEmptyStringsToNull: true,
    types: ['application/x-www-form-urlencoded'],
  },

  json: {
    convertEmptyStringsToNull: true,
    types: ['application/json', 'application/json-patch+json', 'application/vnd.api+json'],
  },

  multipart: {
    autoProcess: true,
    convertEmptyStringsToNull: true,
    /** Import files stream to disk under their own size limit (IMPORT_MAX_BYTES). */
    processManually: ['/admin/imports', '/api/v1/admin/imports'],
    limit: '60mb',
    types: ['multipart/form-data'],
  },
})

export default bodyParserConfig
