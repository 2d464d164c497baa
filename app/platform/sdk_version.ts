import { readFileSync } from 'node:fs'

/**
 * The SDK's version is Switchboard's own (package.json at the root of the
 * application, which `npm run build` copies next to the compiled code):
 * the version a plugin's `requires.core` range is checked against at
 * discovery. docs/plugins.md "Compatibility" says what a change of it means.
 */
export const SDK_VERSION: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
).version
