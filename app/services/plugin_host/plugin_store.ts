import db from '@adonisjs/lucid/services/db'
import { HostValidationError } from '#platform/errors'
import type { HostScope, PluginStore } from '#platform/host'

const MAX_KEY = 200

function checkKey(key: string) {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY) {
    throw new HostValidationError({ key: `a string of 1 to ${MAX_KEY} characters` })
  }
}

/**
 * The plugin's key-value state in plugin_state, one namespace per
 * (organization, plugin): neither another plugin nor another organization
 * can read or change it.
 */
export function pluginStore(scope: HostScope): PluginStore {
  const rows = () =>
    db.from('plugin_state').where({
      organization_id: scope.organizationId,
      plugin_id: scope.pluginId,
    })

  return {
    async get<T>(key: string) {
      checkKey(key)
      const row = await rows().where('key', key).select('value').first()
      return row ? (row.value as T) : null
    },

    async set(key, value) {
      checkKey(key)
      if (value === undefined) {
        throw new HostValidationError({ value: 'a JSON value (use delete to remove a key)' })
      }
      await db
        .table('plugin_state')
        .insert({
          organization_id: scope.organizationId,
          plugin_id: scope.pluginId,
          key,
          // jsonb: a string must be stored as its JSON text, not as itself
          value: JSON.stringify(value),
          updated_at: new Date(),
        })
        .onConflict(['organization_id', 'plugin_id', 'key'])
        .merge(['value', 'updated_at'])
    },

    async delete(key) {
      checkKey(key)
      await rows().where('key', key).delete()
    },

    async list(prefix = '') {
      const escaped = prefix.replace(/[\\%_]/g, (c) => `\\${c}`)
      const found = await rows()
        .whereLike('key', `${escaped}%`)
        .orderBy('key')
        .select('key', 'value')
      return found.map((row) => ({ key: row.key, value: row.value }))
    },
  }
}
