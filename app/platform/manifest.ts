import vine, { VineObject } from '@vinejs/vine'
import semver from 'semver'
import type { PluginDefinition, SettingsSchema } from '#platform/define_plugin'

export class ManifestError extends Error {}

const manifestValidator = vine.create(
  vine.object({
    id: vine.string().regex(/^[a-z][a-z0-9-]{1,48}[a-z0-9]$/),
    name: vine.string().trim().minLength(2).maxLength(80),
    version: vine.string().trim(),
    description: vine.string().trim().minLength(1).maxLength(300),
    requires: vine.object({ core: vine.string().trim() }),
  })
)

export type Manifest = {
  id: string
  name: string
  version: string
  description: string
  requires: { core: string }
}

/**
 * Checks what a plugin says about itself before anything of it runs: the
 * fields, that its id is its folder's name, a semver version, a core range
 * this Switchboard satisfies, and secrets that are settings.
 */
export async function validateManifest(
  definition: unknown,
  folder: string,
  coreVersion: string
): Promise<Manifest> {
  if (!definition || typeof definition !== 'object') {
    throw new ManifestError('plugin.ts must default-export definePlugin({ … })')
  }
  const [error, manifest] = await manifestValidator.tryValidate(definition)
  if (error) {
    const first = error.messages[0] as { field: string; message: string }
    throw new ManifestError(`invalid manifest: ${first.field}: ${first.message}`)
  }
  if (manifest.id !== folder) {
    throw new ManifestError(`id "${manifest.id}" must match its folder name "${folder}"`)
  }
  if (!semver.valid(manifest.version)) {
    throw new ManifestError(`version "${manifest.version}" is not a semantic version`)
  }
  if (!semver.validRange(manifest.requires.core)) {
    throw new ManifestError(`requires.core "${manifest.requires.core}" is not a version range`)
  }
  if (!semver.satisfies(coreVersion, manifest.requires.core, { includePrerelease: true })) {
    throw new ManifestError(
      `requires Switchboard ${manifest.requires.core}, this is ${coreVersion}`
    )
  }
  const plugin = definition as PluginDefinition<SettingsSchema | undefined>
  if (typeof plugin.register !== 'function') {
    throw new ManifestError('register(hooks) is missing')
  }
  if (plugin.settings !== undefined && !(plugin.settings instanceof VineObject)) {
    throw new ManifestError('settings must be a vine.object({ … }) schema')
  }
  const fields = Object.keys(settingsProperties(plugin.settings))
  for (const secret of plugin.secrets ?? []) {
    if (!fields.includes(secret)) {
      throw new ManifestError(`secret "${secret}" is not one of the settings`)
    }
  }
  return manifest
}

/** The JSON Schema properties of a plugin's settings (empty without settings). */
export function settingsProperties(schema: SettingsSchema | undefined) {
  if (!schema) {
    return {}
  }
  const json = schema.toJSONSchema() as { properties?: Record<string, unknown> }
  return json.properties ?? {}
}
