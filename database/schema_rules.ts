import { type SchemaRules } from '@adonisjs/lucid/types/schema_generator'

/**
 * Narrow string columns to the unions the application uses, so the
 * generated schema classes carry them.
 */
export default {
  tables: {
    users: {
      columns: {
        role: { decorators: [{ name: '@column' }], tsType: `'admin' | 'agent' | 'customer'` },
        theme: { decorators: [{ name: '@column' }], tsType: `'system' | 'light' | 'dark'` },
        password: {
          decorators: [{ name: '@column', args: { serializeAs: null } }],
          tsType: 'string',
        },
      },
    },
  },
} satisfies SchemaRules
